using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Benchmarks
{
    /// <summary>
    /// What the IDE does after an edit: a new compilation (the same trees, no semantic state and no per-compilation cache
    /// kept), in which the edited document is analysed on its own (syntax, then semantics) by a fresh analysis session. So
    /// each document pays whatever compilation-wide work its analysis starts, as it does on every keystroke.
    /// Compilation-end rules do not run.
    /// </summary>
    internal static class DocumentAnalysis
    {
        /// <summary>CioAnalyzers' execution time for each document (by file name), in milliseconds, as Roslyn logs it.</summary>
        public static async Task<IReadOnlyList<(string Document, double Ms)>> PerDocumentAsync(Corpus corpus, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var compilation = corpus.Compile();
            _ = compilation.GetDiagnostics();
            Measure.Settle();

            var times = new List<(string, double)>(corpus.Trees.Length);
            foreach (var tree in compilation.SyntaxTrees)
            {
                // Clone keeps the trees and drops everything bound: the compilation an edit elsewhere would leave.
                var edited = compilation.Clone();
                _ = edited.GetSemanticModel(tree).GetDiagnostics();
                var session = edited.WithAnalyzers(analyzers, Measure.Options(corpus));
                _ = await session.GetAnalysisResultAsync(tree, CancellationToken.None).ConfigureAwait(false);
                _ = await session.GetAnalysisResultAsync(edited.GetSemanticModel(tree), filterSpan: null, CancellationToken.None).ConfigureAwait(false);
                times.Add((tree.FilePath, await TotalAsync(session, analyzers).ConfigureAwait(false)));
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
