using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CioAnalyzers.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Tests.Docs
{
    /// <summary>One docs example in a project with the Customer.io stand-ins, on .NET 8 references, as the rule tests compile it.</summary>
    public sealed class ExampleProject : IDisposable
    {
        private const string ApiFilePath = "/Example/" + DocsPage.ApiFileName;

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

            return new ExampleProject(workspace, project.AddDocument("Example.cs", example.Code, filePath: "/Example/Example.cs"));
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
                .Where(d => (id is null || d.Id == id) && (d.Location.SourceTree == tree || d.Location.GetLineSpan().Path == ApiFilePath))
                .ToImmutableArray();
        }

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
