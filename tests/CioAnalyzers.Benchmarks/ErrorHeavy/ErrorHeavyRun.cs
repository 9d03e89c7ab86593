using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CioAnalyzers.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Benchmarks.ErrorHeavy
{
    /// <summary>
    /// What an analysis costs on a large code base compiled as one compilation against the .NET reference assemblies
    /// alone, so that every use of a missing library is an error: the compiler's diagnostics alone, CioAnalyzers, and
    /// do-nothing analyzers that show what the driver charges any analyzer. Each variant runs on a fresh compilation of the
    /// same parsed trees, single-threaded, from a collected heap; the variants alternate in order round by round, and
    /// medians over the rounds are printed.
    /// </summary>
    internal static class ErrorHeavyRun
    {
        public static async Task<int> RunAsync(IReadOnlyList<string> args)
        {
            var options = ErrorHeavyOptions.Parse(args);
            var files = options.Sources
                .SelectMany(s => Directory.EnumerateFiles(s, "*.cs", SearchOption.AllDirectories))
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();
            var clock = Stopwatch.StartNew();
            var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), TestCompilation.ParseOptions, f)).ToImmutableArray();
            var lines = trees.Sum(t => t.GetText().Lines.Count);
            Console.WriteLine($"{files.Count} files, {lines} lines, parsed in {clock.Elapsed.TotalSeconds:F1} s; {Environment.ProcessorCount} cores; Roslyn {typeof(Compilation).Assembly.GetName().Version}");

            CSharpCompilation Fresh() => CSharpCompilation.Create("ErrorHeavy", trees, TestCompilation.Framework, TestCompilation.Options);

            var operation = new EmptyInvocationOperationAnalyzer();
            var syntax = new EmptyInvocationSyntaxAnalyzer();
            var variants = new List<(string Name, Func<Task<Sample>> Run)>
            {
                ("compile: GetDiagnostics", () => Task.FromResult(Compile(Fresh()))),
                ("CioAnalyzers", () => AnalyseAsync(Fresh(), ShippedAnalyzers.Analyzers, concurrent: false)),
                ("empty operation analyzer", () => AnalyseAsync(Fresh(), ImmutableArray.Create<DiagnosticAnalyzer>(operation), concurrent: false)),
                ("empty syntax analyzer", () => AnalyseAsync(Fresh(), ImmutableArray.Create<DiagnosticAnalyzer>(syntax), concurrent: false)),
            };

            var samples = variants.ToDictionary(v => v.Name, _ => new List<Sample>());
            for (var round = 0; round < options.Runs; round++)
            {
                // The order turns by one each round, so that no variant always follows the same one.
                for (var i = 0; i < variants.Count; i++)
                {
                    var (name, run) = variants[(i + round) % variants.Count];
                    var sample = await run().ConfigureAwait(false);
                    samples[name].Add(sample);
                    Console.WriteLine($"  round {round + 1} {name}: {sample}");
                }
            }

            Console.WriteLine($"callbacks per run: empty operation analyzer {operation.Callbacks / options.Runs}, empty syntax analyzer {syntax.Callbacks / options.Runs}");
            Console.WriteLine($"medians of {options.Runs} rounds (wall s / analyzers' logged telemetry s):");
            foreach (var (name, runs) in samples)
            {
                Console.WriteLine($"  {name,-28} {Median.Of(runs.Select(r => r.WallMs)) / 1000,8:F1} s  {Median.Of(runs.Select(r => r.TelemetryMs)) / 1000,8:F1} s");
            }

            if (options.Concurrent)
            {
                Console.WriteLine($"  CioAnalyzers, concurrentAnalysis: true (once): {await AnalyseAsync(Fresh(), ShippedAnalyzers.Analyzers, concurrent: true).ConfigureAwait(false)}");
            }

            if (options.Shared)
            {
                // The compiler's diagnostics first, then the analysis on the same compilation object: does the analysis
                // reuse that binding, or bind every method again?
                var shared = Fresh();
                var compile = Compile(shared);
                var after = await AnalyseAsync(shared, ShippedAnalyzers.Analyzers, concurrent: false).ConfigureAwait(false);
                Console.WriteLine($"  same compilation (once): GetDiagnostics {compile}, then CioAnalyzers {after}");
            }

            return 0;
        }

        private static Sample Compile(CSharpCompilation compilation)
        {
            Measure.Settle();
            var clock = Stopwatch.StartNew();
            var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            return new Sample(clock.Elapsed.TotalMilliseconds, 0, errors, new Dictionary<string, double>());
        }

        private static async Task<Sample> AnalyseAsync(CSharpCompilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool concurrent)
        {
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrent, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);
            Measure.Settle();
            var clock = Stopwatch.StartNew();
            var result = await compilation.WithAnalyzers(analyzers, options).GetAnalysisResultAsync(CancellationToken.None).ConfigureAwait(false);
            var wall = clock.Elapsed.TotalMilliseconds;
            var crashes = result.GetAllDiagnostics().Count(d => d.Id == "AD0001");
            if (crashes > 0)
            {
                throw new InvalidOperationException($"An analyzer threw {crashes} times: {result.GetAllDiagnostics().First(d => d.Id == "AD0001")}");
            }

            var byAnalyzer = result.AnalyzerTelemetryInfo.ToDictionary(p => p.Key.GetType().Name, p => p.Value.ExecutionTime.TotalMilliseconds);
            return new Sample(wall, byAnalyzer.Values.Sum(), result.GetAllDiagnostics().Length, byAnalyzer);
        }

        /// <summary>One run: wall-clock and logged analyzer milliseconds (in all and per analyzer type), and the diagnostics it produced (errors for the compiler).</summary>
        private sealed record Sample(double WallMs, double TelemetryMs, int Diagnostics, IReadOnlyDictionary<string, double> ByAnalyzer)
        {
            public override string ToString()
                => FormattableString.Invariant($"wall {WallMs / 1000:F1} s, telemetry {TelemetryMs / 1000:F2} s ({string.Join(", ", ByAnalyzer.Select(p => $"{p.Key} {p.Value / 1000:F2}"))}), {Diagnostics} diagnostics");
        }
    }
}
