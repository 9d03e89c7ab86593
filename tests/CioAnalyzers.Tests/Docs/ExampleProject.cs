using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CioAnalyzers.Harness;
using CioAnalyzers.Model.Settings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Tests.Docs
{
    /// <summary>One docs example in a project with the Customer.io stand-ins, on .NET 8 references, as the rule tests compile it.</summary>
    public sealed class ExampleProject : IDisposable
    {
        private const string Folder = "/Example/";

        private const string CodeFileName = "Example.cs";

        private const string ApiFilePath = Folder + DocsPage.ApiFileName;

        private readonly AdhocWorkspace workspace;

        private ExampleProject(AdhocWorkspace workspace, Document example)
        {
            this.workspace = workspace;
            Example = example;
        }

        public Document Example { get; private set; }

        public static async Task<ExampleProject> CreateAsync(DocsExample example)
        {
            await Task.CompletedTask;
            var workspace = new AdhocWorkspace();
            var project = workspace.CurrentSolution
                .AddProject("Example", "Example", LanguageNames.CSharp)
                .WithCompilationOptions(TestCompilation.Options)
                .WithParseOptions(TestCompilation.ParseOptions)
                .AddMetadataReferences(TestCompilation.References);

            if (example.ApiFile is { } apiFile)
            {
                project = project.AddAdditionalDocument(DocsPage.ApiFileName, apiFile, filePath: ApiFilePath).Project;
            }

            // Configuration files as the package hands them to the analyzers: additional files with their own names.
            foreach (var file in example.ConfigurationFiles)
            {
                project = project.AddAdditionalDocument(file.Name, file.Text, filePath: Folder + file.Name).Project;
            }

            return new ExampleProject(workspace, project.AddDocument(CodeFileName, example.Code, filePath: Folder + CodeFileName));
        }

        public async Task<ImmutableArray<Diagnostic>> CompilerErrorsAsync()
        {
            var compilation = await CompileAsync();
            return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        }

        /// <summary>
        /// The shipped rules' diagnostics in the example's files (the stand-ins are library code, not the example): those
        /// of rule <paramref name="id"/>, or of every rule when it is null.
        /// </summary>
        public async Task<ImmutableArray<Diagnostic>> RuleDiagnosticsAsync(string? id)
        {
            var compilation = await CompileAsync();
            var diagnostics = await compilation.WithAnalyzers(ShippedRules.Analyzers, Example.Project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
            var tree = await Example.GetSyntaxTreeAsync();
            return diagnostics
                .Where(d => (id is null || d.Id == id) && (d.Location.SourceTree == tree || IsExampleFile(d.Location.GetLineSpan().Path)))
                .ToImmutableArray();
        }

        /// <summary>Where rule <paramref name="id"/> reports in the example: the file's name (Example.cs for the code) and the 1-based line.</summary>
        public async Task<ImmutableHashSet<(string File, int Line)>> ReportedLinesAsync(string id)
            => (await RuleDiagnosticsAsync(id))
                .Select(d => d.Location.GetLineSpan())
                .Select(span => (span.Path == Example.FilePath ? CodeFileName : span.Path.Substring(Folder.Length), span.StartLinePosition.Line + 1))
                .ToImmutableHashSet();

        /// <summary>
        /// The lines an example marks as reported by rule <paramref name="id"/>: each line after a comment that starts
        /// with the id (<c>// CIO2002: ...</c> in C# and JSON, <c>&lt;!-- CIO2002: ... --&gt;</c> in XML), as the demo marks them.
        /// </summary>
        public static ImmutableHashSet<(string File, int Line)> MarkedLines(DocsExample example, string id)
            => new[] { (Name: CodeFileName, Text: example.Code) }
                .Concat(example.ConfigurationFiles.Select(f => (f.Name, f.Text)))
                .SelectMany(f => f.Text.Split('\n')
                    .Select((line, index) => (line.TrimStart(), index))
                    .Where(l => l.Item1.StartsWith("// " + id, StringComparison.Ordinal) || l.Item1.StartsWith("<!-- " + id, StringComparison.Ordinal))
                    .Select(l => (f.Name, l.index + 2)))
                .ToImmutableHashSet();

        /// <summary>The names of the example's configuration files the analyzers read: named as one, and parsed.</summary>
        public ImmutableHashSet<string> ReadableConfigurationFiles()
            => Example.Project.AnalyzerOptions.AdditionalFiles
                .Where(f => SettingsFile.Read(f, CancellationToken.None) is not null)
                .Select(f => f.Path.Substring(Folder.Length))
                .ToImmutableHashSet();

        private bool IsExampleFile(string path)
            => path == ApiFilePath || Example.Project.AdditionalDocuments.Any(d => d.FilePath == path);

        /// <summary>Applies every shipped fix for <paramref name="id"/> to the whole example at once, as fix-all and dotnet format do.</summary>
        public async Task<bool> FixAllAsync(string id)
        {
            var diagnostics = (await RuleDiagnosticsAsync(id)).Where(d => d.Location.IsInSource).ToImmutableArray();
            foreach (var provider in ShippedRules.CodeFixes.Where(f => f.FixableDiagnosticIds.Contains(id)))
            {
                var action = await FirstActionAsync(provider, diagnostics);
                if (action is null)
                {
                    continue;
                }

                var fixAll = provider.GetFixAllProvider()!;
                var context = new FixAllContext(Example, provider, FixAllScope.Document, action.EquivalenceKey, new[] { id }, new FixedDiagnostics(diagnostics), CancellationToken.None);
                var fix = await fixAll.GetFixAsync(context) ?? throw new InvalidOperationException("Fix-all returned no action");
                var operations = await fix.GetOperationsAsync(CancellationToken.None);
                var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
                Example = changed.GetDocument(Example.Id)!;
                return true;
            }

            return false;
        }

        public async Task<string> TextAsync() => (await Example.GetTextAsync()).ToString();

        public void Dispose() => workspace.Dispose();

        private async Task<Compilation> CompileAsync()
            => await Example.Project.GetCompilationAsync() ?? throw new InvalidOperationException("No compilation");

        private async Task<CodeAction?> FirstActionAsync(CodeFixProvider provider, ImmutableArray<Diagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                var actions = new List<CodeAction>();
                var context = new CodeFixContext(Example, diagnostic, (a, _) => actions.Add(a), CancellationToken.None);
                await provider.RegisterCodeFixesAsync(context);
                if (actions.Count > 0)
                {
                    return actions[0];
                }
            }

            return null;
        }

        /// <summary>Hands fix-all the diagnostics already computed for the example.</summary>
        private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
        {
            private readonly ImmutableArray<Diagnostic> diagnostics;

            public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => this.diagnostics = diagnostics;

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

            public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(Array.Empty<Diagnostic>());
        }
    }
}
