using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CioAnalyzers.EndToEnd.Infrastructure
{
    /// <summary>
    /// What the consumer build should print: the shipped analyzers run in-process over the same files, on the
    /// .NET runtime's assemblies and the configuration assemblies this test carries, with the same wrapper files.
    /// </summary>
    public static class InProcessAnalysis
    {
        public static async Task<ImmutableHashSet<ReportedDiagnostic>> DiagnosticsAsync(ConsumerProject project, OutputKind kind)
        {
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            var trees = project.SourceFiles
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, f))
                .ToList();
            var compilation = CSharpCompilation.Create(
                project.Name,
                trees,
                References(),
                SuggestionsAsWarnings.Apply(new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable)));
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "The consumer sources do not compile in-process:\n" + string.Join("\n", errors));

            var additionalFiles = RuleExamples.ApiFiles(project).Select(f => (AdditionalText)new FileText(f)).ToImmutableArray();
            var diagnostics = await compilation.WithAnalyzers(ShippedRules.Analyzers, new AnalyzerOptions(additionalFiles)).GetAnalyzerDiagnosticsAsync();
            return diagnostics
                .Select(d => (Diagnostic: d, Span: d.Location.GetLineSpan()))
                .Select(x => new ReportedDiagnostic(
                    x.Span.Path,
                    x.Span.StartLinePosition.Line + 1,
                    x.Span.StartLinePosition.Character + 1,
                    x.Diagnostic.Severity.ToString().ToLowerInvariant(),
                    x.Diagnostic.Id))
                .ToImmutableHashSet();
        }

        private sealed class FileText : AdditionalText
        {
            public FileText(string path) => Path = path;

            public override string Path { get; }

            public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
        }

        /// <summary>The shared framework (what a net10.0 project compiles against) plus Microsoft.Extensions.* and Newtonsoft.Json from this test's dependencies.</summary>
        private static ImmutableArray<MetadataReference> References()
        {
            var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Where(p => Path.GetDirectoryName(p) == framework || Path.GetFileName(p).StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
                    || Path.GetFileName(p) == "Newtonsoft.Json.dll")
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToImmutableArray();
        }
    }
}
