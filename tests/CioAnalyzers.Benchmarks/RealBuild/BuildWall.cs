using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CioAnalyzers.Harness;

namespace CioAnalyzers.Benchmarks.RealBuild
{
    /// <summary>
    /// B: what the package adds to the wall-clock time of a real <c>dotnet build --no-incremental</c> of a service solution
    /// written from the corpus, with the compiler server and MSBuild nodes as a user has them and restore done before.
    /// The solution is written twice, with and without the packed package; builds run in pairs whose order alternates, and
    /// the median of the pairs' differences is taken over the median build without it, with the interval that decides
    /// whether the budget is met (<see cref="PairedDifference"/>).
    /// </summary>
    internal static class BuildWall
    {
        private static readonly Regex CioDiagnostic = new(@"(warning|error|info) CIO\d{4}", RegexOptions.Compiled);

        public static BuildWallResult Measure(Corpus corpus, int runs, int warmUpPairs)
        {
            var scratch = Path.Combine(Path.GetTempPath(), "cioanalyzers-build-wall");
            var version = "0.0.1-bench." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
            var feed = Path.Combine(scratch, "feed");
            try
            {
                Run(
                    RepositoryFiles.Root,
                    "pack", RepositoryFiles.Path("src", "CioAnalyzers.Package", "CioAnalyzers.Package.csproj"),
                    "-c", "Release", "-o", feed, "-p:PackageVersion=" + version, "-nodeReuse:false");
                var with = Path.Combine(scratch, "with");
                var without = Path.Combine(scratch, "without");
                SolutionWriter.Write(corpus, with, feed, version);
                SolutionWriter.Write(corpus, without, packageFolder: null, analyzerVersion: null);
                foreach (var root in new[] { with, without })
                {
                    Run(root, "restore", SolutionWriter.SolutionFile);
                }

                // One build of each first: the compiler server starts and JIT-compiles the compiler and the analyzers, as it
                // has long done on a developer's machine. It also checks that the package is at work in one and not the other.
                var reported = CioDiagnostics(Build(with));
                var leaked = CioDiagnostics(Build(without));
                if (reported == 0 || leaked != 0)
                {
                    throw new InvalidOperationException($"The build with CioAnalyzers reported {reported} CIO diagnostics and the one without {leaked}: the measurement would not compare what it claims");
                }

                // More pairs, timed but not counted: after one warm-up pair the builds still got faster run by run (21.6 s down
                // to 11.7 s over the ten timed builds), so each pair's first build was the slower and the order decided the sign.
                var warmUps = new List<double>();
                for (var pair = 1; pair < warmUpPairs; pair++)
                {
                    foreach (var root in pair % 2 == 0 ? new[] { with, without } : new[] { without, with })
                    {
                        warmUps.Add(TimedBuild(root).WallMs);
                    }
                }

                var withMs = new List<double>();
                var withoutMs = new List<double>();
                var withCpuMs = new List<double>();
                var withoutCpuMs = new List<double>();
                for (var run = 0; run < runs; run++)
                {
                    var first = run % 2 == 0 ? with : without;
                    var second = run % 2 == 0 ? without : with;
                    var (firstMs, firstCpuMs) = TimedBuild(first);
                    var (secondMs, secondCpuMs) = TimedBuild(second);
                    withMs.Add(first == with ? firstMs : secondMs);
                    withoutMs.Add(first == with ? secondMs : firstMs);
                    if (firstCpuMs is { } firstCpu && secondCpuMs is { } secondCpu)
                    {
                        withCpuMs.Add(first == with ? firstCpu : secondCpu);
                        withoutCpuMs.Add(first == with ? secondCpu : firstCpu);
                    }
                }

                // Two more builds with the package, untimed, for the compiler's report of what the analyzers took: one in the
                // warm compiler server the pairs used, one with a new csc process per project (a build without the server,
                // as CI agents often run), where the analyzers' code is compiled by the JIT again in every project.
                var warm = ReportedMs(with, Path.Combine(scratch, "report-server.log"), sharedCompilation: true);
                var cold = ReportedMs(with, Path.Combine(scratch, "report-no-server.log"), sharedCompilation: false);
                return new BuildWallResult(withMs, withoutMs, reported, warm, cold)
                {
                    WarmUpMs = warmUps,
                    // Only pairs whose both builds the server measured: a server that restarted mid-build is left out.
                    WithCpuMs = withCpuMs,
                    WithoutCpuMs = withoutCpuMs,
                };
            }
            finally
            {
                TryDelete(scratch);
                TryDelete(Path.Combine(NuGetCache(), "cioanalyzers", version)); // a version only this run used
            }
        }

        /// <summary>
        /// A build through the compiler server unless told otherwise: the property is passed because a machine may turn
        /// the server off in its environment (this benchmark's own CI machine does), and users' builds use it by default.
        /// </summary>
        private static CommandResult Build(string root, bool sharedCompilation = true, params string[] extra)
            => Run(root, new[] { "build", SolutionWriter.SolutionFile, "--no-incremental", "--no-restore", "-c", "Release", "-v:q", "-clp:NoSummary",
                "-p:UseSharedCompilation=" + (sharedCompilation ? "true" : "false") }.Concat(extra).ToArray());

        /// <summary>A build's wall-clock time, and the compiler server's processor time during it (null when not readable).</summary>
        private static (double WallMs, double? CpuMs) TimedBuild(string root)
        {
            var before = CompilerServerCpu.TotalMs();
            var wallMs = Build(root).Elapsed.TotalMilliseconds;
            var after = CompilerServerCpu.TotalMs();
            return (wallMs, before is { } b && after is { } a && a >= b ? a - b : null);
        }

        private static double ReportedMs(string root, string log, bool sharedCompilation)
        {
            Build(root, sharedCompilation, AnalyzerReport.Arguments(log));
            return AnalyzerReport.CioMilliseconds(File.ReadAllText(log))
                ?? throw new InvalidOperationException($"The build with ReportAnalyzer printed no time for CioAnalyzers in {log}");
        }

        private static CommandResult Run(string folder, params string[] arguments)
            => DotNet.RunAsync(TimeSpan.FromMinutes(20), folder, arguments).GetAwaiter().GetResult().Succeeded();

        private static int CioDiagnostics(CommandResult run) => CioDiagnostic.Matches(run.Output).Count;

        private static string NuGetCache()
            => Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } cache
                ? cache
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

        private static void TryDelete(string folder)
        {
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (IOException)
            {
                // A build server may still hold a file open; the next run starts by replacing the folder anyway.
            }
        }
    }

    /// <summary>
    /// The paired builds' wall-clock times, in milliseconds, the CIO diagnostics the build with the package printed, and
    /// the analyzers' execution time csc reported in two more builds with it (summed over the projects): through the warm
    /// compiler server, and with a new compiler process per project.
    /// </summary>
    internal sealed record BuildWallResult(IReadOnlyList<double> WithMs, IReadOnlyList<double> WithoutMs, int Diagnostics, double ServerAnalyzerMs, double NoServerAnalyzerMs)
    {
        /// <summary>A reported analyzer time as a percentage of the median build without the package.</summary>
        public double PercentOfBuild(double analyzerMs) => 100 * analyzerMs / Median.Of(WithoutMs);

        /// <summary>The warm-up builds after the first pair, in the order they ran: whether the builds had settled.</summary>
        public IReadOnlyList<double> WarmUpMs { get; init; } = Array.Empty<double>();

        /// <summary>The compiler server's processor time in the builds with and without the package, pair by pair.</summary>
        public IReadOnlyList<double> WithCpuMs { get; init; } = Array.Empty<double>();

        public IReadOnlyList<double> WithoutCpuMs { get; init; } = Array.Empty<double>();

        /// <summary>The pairs' differences in compiler CPU time; null when not measured.</summary>
        public PairedDifference? Cpu => WithCpuMs.Count == 0 ? null : PairedDifference.Of(WithCpuMs, WithoutCpuMs);

        /// <summary>The pairs' differences in wall-clock time: B is their median.</summary>
        public PairedDifference Wall => PairedDifference.Of(WithMs, WithoutMs);
    }
}
