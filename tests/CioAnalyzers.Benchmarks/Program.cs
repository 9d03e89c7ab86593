using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using CioAnalyzers.Benchmarks;
using CioAnalyzers.Benchmarks.RealBuild;
using CioAnalyzers.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

// Usage: dotnet run -c Release --project tests/CioAnalyzers.Benchmarks -- --lines 100000 [--runs 5] [--warmups 3] [--seed 7] [--build-runs 5]
// Exits 1 when a shipped rule reports nothing on the Customer.io corpus (which holds every rule's docs examples).
// The error-heavy mode (docs/performance.md, "The 503,000-line question") measures one large compilation instead.
if (args.Length > 0 && args[0] == "--error-heavy")
{
    return await CioAnalyzers.Benchmarks.ErrorHeavy.ErrorHeavyRun.RunAsync(args[1..]);
}

var options = BenchmarkOptions.Parse(args);
var cio = ShippedAnalyzers.Analyzers;
var peer = PeerAnalyzers.Load();
var together = peer.AddRange(cio);
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.ProcessArchitecture}, {RuntimeInformation.FrameworkDescription}, Roslyn {typeof(Compilation).Assembly.GetName().Version}");
Console.WriteLine($"analyzers: {cio.Length} CioAnalyzers, {peer.Length} Meziantou.Analyzer (peer); medians of {options.Runs} runs after {options.WarmUps} warm-up runs, single-threaded analysis");

var withCio = Corpus.Generate(options.Lines, withCustomerIo: true, options.Seed);
var without = Corpus.Generate(options.Lines, withCustomerIo: false, options.Seed);
// The scaling corpus keeps the 3% share as it falls, so that its cost per line compares with the large one's.
var small = Corpus.Generate(options.Lines / 4, withCustomerIo: true, options.Seed, everyRule: false);
Console.WriteLine($"corpora: {withCio.Lines} lines with Customer.io, {without.Lines} without, {small.Lines} for the scaling check");
foreach (var corpus in new[] { withCio, without, small })
{
    Console.WriteLine($"  {corpus.Lines} lines, {corpus.Name}: {corpus.Methods} methods, {corpus.ShareMethods} of them Customer.io's share ({100.0 * corpus.ShareMethods / corpus.Methods:F1}%)");
}

var compile = new Dictionary<Corpus, List<double>> { [withCio] = new(), [without] = new(), [small] = new() };
var inCompany = new Dictionary<Corpus, List<AnalysisRun>> { [withCio] = new(), [without] = new(), [small] = new() };
var standalone = new List<AnalysisRun>();
var documentP99 = new List<double>();
var documentMax = new List<double>();
var slowestDocuments = new Dictionary<string, List<double>>(StringComparer.Ordinal);
// Warm-up runs are not measured: the JIT needs a few runs to optimise the analyzers' code (a compiler server or an IDE
// keeps it loaded and optimised across builds).
for (var run = 1 - options.WarmUps; run <= options.Runs; run++)
{
    var warmUp = run <= 0;
    foreach (var corpus in new[] { withCio, without, small })
    {
        var compileMs = Measure.Compiler(corpus);
        var company = await Measure.Analyzers(corpus, together);
        if (!warmUp)
        {
            compile[corpus].Add(compileMs);
            inCompany[corpus].Add(company);
        }
    }

    var alone = await Measure.Analyzers(withCio, cio);
    var perDocument = await DocumentAnalysis.PerDocumentAsync(withCio, cio);
    if (!warmUp)
    {
        standalone.Add(alone);
        documentP99.Add(Median.Percentile(perDocument.Select(p => p.Ms), 99));
        documentMax.Add(perDocument.Max(p => p.Ms));
        foreach (var (document, ms) in perDocument)
        {
            (slowestDocuments.TryGetValue(document, out var times) ? times : slowestDocuments[document] = new List<double>()).Add(ms);
        }
    }

    Console.WriteLine(warmUp ? $"  warm-up {run + options.WarmUps} of {options.WarmUps} done" : $"  run {run} of {options.Runs} done");
}

// Allocations: each analysis run with CioAnalyzers is paired with one without, the order alternating, and the median of
// the five differences taken. Two identical runs of about 1 GB differ by up to 20 MB; pairing and the median keep
// that noise out of a figure now smaller than it.
var compilerBytes = new List<double>();
var cioBytes = new List<double>();
for (var run = 0; run < 5; run++)
{
    compilerBytes.Add(Allocations.Compiler(withCio));
    var first = await Allocations.AnalysisAsync(withCio, run % 2 == 0 ? together : peer);
    var second = await Allocations.AnalysisAsync(withCio, run % 2 == 0 ? peer : together);
    cioBytes.Add(run % 2 == 0 ? first - second : second - first);
}

double CompileMs(Corpus corpus) => Median.Of(compile[corpus]);
double CioMs(IEnumerable<AnalysisRun> runs) => Median.Of(runs.Select(r => r.Total(cio)));
double AnalyzerMs(IEnumerable<AnalysisRun> runs, DiagnosticAnalyzer analyzer) => Median.Of(runs.Select(r => r.Total(new[] { analyzer })));

var peerTimes = peer.Select(a => (Analyzer: a, Ms: AnalyzerMs(inCompany[withCio], a))).Where(p => p.Ms > 0).OrderByDescending(p => p.Ms).ToList();
var peerP90 = Median.Percentile(peerTimes.Select(p => p.Ms), 90);

// Z is taken run by run, CioAnalyzers against the peer in the same analysis run, so that the machine's speed in that
// run cancels out: what one of our rules costs next to the peer's average analyzer (of those that ran); the median of
// those ratios is reported.
var shippedRules = cio.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct(StringComparer.Ordinal).Count();
double PeerMean(AnalysisRun run)
{
    var ran = peer.Select(a => run.Total(new[] { a })).Where(ms => ms > 0).ToList();
    return ran.Count == 0 ? 0 : ran.Sum() / ran.Count;
}

var zPerRun = inCompany[withCio].Select(r => PeerMean(r) > 0 ? r.Total(cio) / shippedRules / PeerMean(r) : double.PositiveInfinity).ToList();

Console.WriteLine();
Console.WriteLine($"{"",-44} {"customer.io",14} {"no customer.io",14} {"standalone",12}");
Console.WriteLine($"{"compiler, all diagnostics (ms)",-44} {CompileMs(withCio),14:F0} {CompileMs(without),14:F0} {"",12}");
foreach (var analyzer in cio)
{
    Console.WriteLine($"{"  " + analyzer.GetType().Name + " (ms)",-44} {AnalyzerMs(inCompany[withCio], analyzer),14:F1} {AnalyzerMs(inCompany[without], analyzer),14:F1} {AnalyzerMs(standalone, analyzer),12:F1}");
}

var x = 100 * CioMs(inCompany[withCio]) / CompileMs(withCio);
var y = 100 * CioMs(inCompany[without]) / CompileMs(without);
var s = 100 * CioMs(standalone) / CompileMs(withCio);
var z = Median.Of(zPerRun);
Console.WriteLine($"{"CioAnalyzers total (ms)",-44} {CioMs(inCompany[withCio]),14:F1} {CioMs(inCompany[without]),14:F1} {CioMs(standalone),12:F1}");
Console.WriteLine($"{"CioAnalyzers total / compiler",-44} {x,13:F2}% {y,13:F2}% {s,11:F2}%");
Console.WriteLine($"{"Meziantou.Analyzer total (ms)",-44} {Median.Of(inCompany[withCio].Select(r => r.Total(peer))),14:F0} {Median.Of(inCompany[without].Select(r => r.Total(peer))),14:F0}");
Console.WriteLine($"{"Meziantou.Analyzer analyzers that ran",-44} {peerTimes.Count,14}");
Console.WriteLine($"{"Meziantou.Analyzer median / p90 analyzer (ms)",-44} {Median.Of(peerTimes.Select(p => p.Ms)),14:F1} {peerP90,14:F1}");
Console.WriteLine($"{$"CioAnalyzers per rule (ms), {shippedRules} rules",-44} {CioMs(inCompany[withCio]) / shippedRules,14:F2}");
Console.WriteLine($"{"CioAnalyzers per rule / peer mean, per run",-44} {string.Join(" ", zPerRun.Select(v => v.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)))}");
Console.WriteLine($"{"  CioAnalyzers (ms) / GC pauses (ms), per run",-44} {string.Join("  ", inCompany[withCio].Select(r => $"{r.Total(cio):F1}/{r.GcPauseMs:F0}"))}");
foreach (var (analyzer, ms) in peerTimes.Take(5))
{
    Console.WriteLine($"{"  " + analyzer.GetType().Name + " (ms)",-44} {ms,14:F1}");
}

var shippedIds = cio.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
var found = inCompany[withCio][0].DiagnosticCounts.Where(p => shippedIds.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
var silent = shippedIds.Where(id => !found.Any(p => p.Key == id)).OrderBy(id => id, StringComparer.Ordinal).ToList();
Console.WriteLine($"CioAnalyzers diagnostics on the customer.io corpus: {string.Join(", ", found.Select(p => $"{p.Key} x{p.Value}"))}; on the other: {inCompany[without][0].DiagnosticCounts.Where(p => shippedIds.Contains(p.Key)).Sum(p => p.Value)}");

var smallPerLine = CioMs(inCompany[small]) / small.Lines * 1000;
var largePerLine = CioMs(inCompany[withCio]) / withCio.Lines * 1000;
var d = Median.Of(documentP99);
var a = 100 * Median.Of(cioBytes) / Median.Of(compilerBytes);
Console.WriteLine($"scaling: CioAnalyzers {smallPerLine:F3} ms per 1,000 lines at {small.Lines} lines, {largePerLine:F3} at {withCio.Lines} (x{largePerLine / smallPerLine:F2}); compiler {CompileMs(small) / small.Lines * 1000:F1} and {CompileMs(withCio) / withCio.Lines * 1000:F1}");
Console.WriteLine($"one document at a time ({withCio.Trees.Length} documents): p99 {d:F2} ms, slowest {Median.Of(documentMax):F2} ms (medians over runs)");
// Where D comes from: the documents slowest in the median run, by name (the corpus is the same in every run).
Console.WriteLine($"  slowest documents (median ms): {string.Join(", ", slowestDocuments.Select(p => (Document: p.Key, Ms: Median.Of(p.Value))).OrderByDescending(p => p.Ms).Take(8).Select(p => FormattableString.Invariant($"{p.Document} {p.Ms:F2}")))}");
Console.WriteLine($"allocations: CioAnalyzers adds {Median.Of(cioBytes) / 1e6:F1} MB to an analysis run (pairs: {string.Join(" ", cioBytes.Select(b => (b / 1e6).ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))}); the compiler allocates {Median.Of(compilerBytes) / 1e6:F0} MB for its diagnostics");
// B last: the real builds leave a compiler server behind, which the in-process runs above should not share the machine with.
var build = options.BuildRuns > 0 ? BuildWall.Measure(withCio, options.BuildRuns, options.BuildWarmUps) : null;
if (build is not null)
{
    Console.WriteLine($"real build (dotnet build --no-incremental, 5 projects): without {Median.Of(build.WithoutMs) / 1000:F1} s, with CioAnalyzers {Median.Of(build.WithMs) / 1000:F1} s (medians); pairs with/without (s): {string.Join("  ", build.WithMs.Zip(build.WithoutMs, (w, o) => FormattableString.Invariant($"{w / 1000:F1}/{o / 1000:F1}")))}; {build.Diagnostics} CIO diagnostics printed");
    Console.WriteLine($"  difference with/without: {build.Wall.Describe()}; warm-up builds before the pairs (s): {string.Join(" ", build.WarmUpMs.Select(ms => (ms / 1000).ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))}");
    Console.WriteLine(build.Cpu is { } cpu
        ? FormattableString.Invariant($"  compiler server CPU time per build: without {Median.Of(build.WithoutCpuMs) / 1000:F1} s, with CioAnalyzers {Median.Of(build.WithCpuMs) / 1000:F1} s (medians); difference {cpu.Describe()}; pairs with/without (s): {string.Join("  ", build.WithCpuMs.Zip(build.WithoutCpuMs, (w, o) => FormattableString.Invariant($"{w / 1000:F1}/{o / 1000:F1}")))}")
        : "  compiler server CPU time: not measured (no VBCSCompiler process could be read)");
    Console.WriteLine(FormattableString.Invariant($"  csc's analyzer report (ReportAnalyzer, summed over the projects): CioAnalyzers {build.ServerAnalyzerMs:F0} ms in the warm compiler server ({build.PercentOfBuild(build.ServerAnalyzerMs):F2}% of the median build without it), {build.NoServerAnalyzerMs:F0} ms with a new compiler process per project ({build.PercentOfBuild(build.NoServerAnalyzerMs):F2}%)"));
}

var b = build?.Wall.Percent;
var bText = b is { } value ? FormattableString.Invariant($"{value:F2}%") : "not-measured";
Console.WriteLine($"budgets: cio/compile {Verdict(x <= 0.6)} (<= 0.6%), cio-no-customerio/compile {Verdict(y <= 0.05)} (<= 0.05%), cio-per-rule/peer-mean {Verdict(z <= 0.1)} (<= 0.1), build-wall {build?.Wall.VerdictAgainst(1.0) ?? "not measured"} (<= 1%: met or MISSED only when the pairs' interval, at least 90%, is wholly under or over it), standalone/compile {Verdict(s <= 1.0)} (<= 1.0%), doc-p99 {Verdict(d <= 1.0)} (<= 1 ms), alloc/compiler {Verdict(a <= 5)} (<= 5%), linear {Verdict(largePerLine <= 1.5 * smallPerLine)} (per-line cost at 4x the size within 1.5x)");
if (silent.Count > 0)
{
    Console.Error.WriteLine($"shipped rules that reported nothing on the customer.io corpus: {string.Join(", ", silent)}; the corpus takes every rule's docs examples, so a rule's page or the rule itself is broken");
}

Console.WriteLine(FormattableString.Invariant($"cio/compile={x:F2}% cio-no-customerio/compile={y:F2}% cio-per-rule/peer-mean={z:F3} standalone/compile={s:F2}% doc-p99={d:F2}ms alloc/compiler={a:F2}% build-wall={bText} rules={found.Count} lines={withCio.Lines}"));
return silent.Count == 0 ? 0 : 1;

static string Verdict(bool met) => met ? "met" : "MISSED";
