using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Benchmarks
{
    /// <summary>
    /// Bytes allocated, on every thread: by the compiler producing its diagnostics, and by an analysis run. What
    /// CioAnalyzers adds is the same run's allocations with it and without it (the peer alone).
    /// </summary>
    internal static class Allocations
    {
        public static long Compiler(Corpus corpus)
        {
            Measure.Settle();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var compilation = corpus.Compile();
            _ = compilation.GetDiagnostics();
            return GC.GetTotalAllocatedBytes(precise: true) - before;
        }

        public static async Task<long> AnalysisAsync(Corpus corpus, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var compilation = corpus.Compile();
            Measure.Settle();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            _ = await compilation.WithAnalyzers(analyzers, Measure.Options(corpus)).GetAnalysisResultAsync(CancellationToken.None).ConfigureAwait(false);
            return GC.GetTotalAllocatedBytes(precise: true) - before;
        }
    }
}
