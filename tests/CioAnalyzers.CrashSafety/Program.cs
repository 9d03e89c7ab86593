using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CioAnalyzers.CrashSafety;
using CioAnalyzers.Harness;

// Usage: dotnet run -c Release --project tests/CioAnalyzers.CrashSafety -- [--inputs 5000] [--seed 1] [--failures DIR]
var options = RunnerOptions.Parse(args);
var stopwatch = Stopwatch.StartNew();
var seeds = SeedSources.All();
var inputs = InputSet.Build(seeds, options.Inputs, options.Seed);
Console.WriteLine($"crash-safety: {seeds.Count} seed sources, {inputs.Count} inputs, seed {options.Seed}, {ShippedAnalyzers.Analyzers.Length} analyzers, {ShippedAnalyzers.CodeFixes.Length} fixes, {Environment.ProcessorCount} threads");

var results = new InputResult[inputs.Count];
var done = 0;
await Parallel.ForEachAsync(
    Enumerable.Range(0, inputs.Count),
    new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
    async (index, _) =>
    {
        results[index] = await InputCheck.RunAsync(inputs[index].Source, SettingsInputs.For(options.Seed, index), options.Timeout).ConfigureAwait(false);
        var finished = Interlocked.Increment(ref done);
        if (finished % 1000 == 0)
        {
            Console.WriteLine($"  {finished} inputs checked ({stopwatch.Elapsed.TotalSeconds:0} s)");
        }
    });

var failures = Enumerable.Range(0, inputs.Count).Where(i => results[i].Failed).ToList();
FailureReport.Write(options.FailuresFolder, inputs, results, failures);
var analyzerExceptions = results.Sum(r => r.AnalyzerExceptions.Count);
var fixerExceptions = results.Sum(r => r.FixerExceptions.Count);
var fixesAddingErrors = results.Sum(r => r.FixesAddingErrors.Count);
Console.WriteLine($"  {results.Sum(r => r.Diagnostics)} diagnostics, {results.Sum(r => r.FixesApplied)} distinct fixes compiled; "
    + $"thread time: compile {Seconds(r => r.CompileTime)} s, analyzers {Seconds(r => r.AnalysisTime)} s, fixes {Seconds(r => r.FixTime)} s; wall {stopwatch.Elapsed.TotalSeconds:0} s");
Console.WriteLine($"crash-safety: {inputs.Count} inputs, {analyzerExceptions} analyzer exceptions, {fixerExceptions} fixer exceptions, {fixesAddingErrors} fixes adding errors");
return analyzerExceptions + fixerExceptions + fixesAddingErrors == 0 ? 0 : 1;

double Seconds(Func<InputResult, TimeSpan> time) => Math.Round(results.Sum(r => time(r).TotalSeconds), 1);
