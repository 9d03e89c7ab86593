using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Benchmarks
{
    /// <summary>One timed run: the compiler alone, or a set of analyzers with their execution times as Roslyn logs them.</summary>
    internal static class Measure
    {
        /// <summary>Milliseconds the compiler takes to produce all its diagnostics (parsing excluded: trees are shared).</summary>
        public static double Compiler(Corpus corpus)
        {
            var compilation = corpus.Compile();
            Settle();
            var clock = Stopwatch.StartNew();
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            clock.Stop();
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"The {corpus.Name} corpus does not compile: {errors[0]}");
            }

            return clock.Elapsed.TotalMilliseconds;
        }

        /// <summary>Single-threaded, with execution times logged, on the corpus's additional files.</summary>
        public static CompilationWithAnalyzersOptions Options(Corpus corpus)
            => new(corpus.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);

        /// <summary>Every run starts from a collected heap, so that no run pays for the garbage of the one before.</summary>
        public static void Settle()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }

        /// <summary>Each analyzer's execution time in milliseconds, and the diagnostics reported, in one analysis run.</summary>
        public static async Task<AnalysisRun> Analyzers(Corpus corpus, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            Settle();
            var pausedBefore = GC.GetTotalPauseDuration();
            var result = await corpus.Compile().WithAnalyzers(analyzers, Options(corpus)).GetAnalysisResultAsync(CancellationToken.None).ConfigureAwait(false);
            var paused = GC.GetTotalPauseDuration() - pausedBefore;
            var crashes = result.GetAllDiagnostics().Where(d => d.Id == "AD0001").ToList();
            if (crashes.Count > 0)
            {
                throw new InvalidOperationException($"An analyzer threw on the {corpus.Name} corpus: {crashes[0]}");
            }

            return new AnalysisRun(
                result.AnalyzerTelemetryInfo.ToDictionary(p => p.Key, p => p.Value.ExecutionTime.TotalMilliseconds),
                result.GetAllDiagnostics().GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count()),
                paused.TotalMilliseconds);
        }
    }

    /// <summary>
    /// <paramref name="GcPauseMs"/>: how long the garbage collector paused the process during the analysis. A pause is
    /// charged to whichever analyzer's callback it lands in, so it explains a run whose figure stands out.
    /// </summary>
    internal sealed record AnalysisRun(IReadOnlyDictionary<DiagnosticAnalyzer, double> Milliseconds, IReadOnlyDictionary<string, int> DiagnosticCounts, double GcPauseMs)
    {
        public double Total(IEnumerable<DiagnosticAnalyzer> analyzers) => analyzers.Sum(a => Milliseconds.TryGetValue(a, out var ms) ? ms : 0);
    }
}
