using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Benchmarks
{
    /// <summary>
    /// What the IDE does for an open file: on a compilation already bound and analysed once, each document is analysed on
    /// its own (syntax, then semantics) by a fresh analysis session, as after an edit. Compilation-end rules do not run.
    /// </summary>
    internal static class DocumentAnalysis
    {
        /// <summary>CioAnalyzers' execution time for each document (by file name), in milliseconds, as Roslyn logs it.</summary>
        public static async Task<IReadOnlyList<(string Document, double Ms)>> PerDocumentAsync(Corpus corpus, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var compilation = corpus.Compile();
            _ = compilation.GetDiagnostics();
            _ = await compilation.WithAnalyzers(analyzers, Measure.Options(corpus)).GetAnalysisResultAsync(CancellationToken.None).ConfigureAwait(false);
            Measure.Settle();

            var session = compilation.WithAnalyzers(analyzers, Measure.Options(corpus));
            var times = new List<(string, double)>(corpus.Trees.Length);
            var before = await TotalAsync(session, analyzers).ConfigureAwait(false);
            foreach (var tree in compilation.SyntaxTrees)
            {
                _ = await session.GetAnalysisResultAsync(tree, CancellationToken.None).ConfigureAwait(false);
                _ = await session.GetAnalysisResultAsync(compilation.GetSemanticModel(tree), filterSpan: null, CancellationToken.None).ConfigureAwait(false);
                var after = await TotalAsync(session, analyzers).ConfigureAwait(false);
                times.Add((tree.FilePath, after - before));
                before = after;
            }

            return times;
        }

        private static async Task<double> TotalAsync(CompilationWithAnalyzers session, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var total = 0.0;
            foreach (var analyzer in analyzers)
            {
                total += (await session.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false)).ExecutionTime.TotalMilliseconds;
            }

            return total;
        }
    }
}
