using System;
using CioAnalyzers.Harness;

namespace CioAnalyzers.CrashSafety
{
    internal sealed record RunnerOptions(int Inputs, int Seed, string FailuresFolder, TimeSpan Timeout)
    {
        public static RunnerOptions Parse(string[] args)
        {
            var options = new RunnerOptions(5000, 1, RepositoryRoot.Combine("TestResults", "crash-safety"), TimeSpan.FromSeconds(60));
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                options = args[i] switch
                {
                    "--inputs" => options with { Inputs = int.Parse(args[i + 1]) },
                    "--seed" => options with { Seed = int.Parse(args[i + 1]) },
                    "--failures" => options with { FailuresFolder = args[i + 1] },
                    "--timeout" => options with { Timeout = TimeSpan.FromSeconds(int.Parse(args[i + 1])) },
                    _ => throw new ArgumentException($"unknown option {args[i]}; options: --inputs N, --seed N, --failures DIR, --timeout SECONDS"),
                };
            }

            return options;
        }
    }
}
