using System;

namespace CioAnalyzers.Benchmarks
{
    internal sealed record BenchmarkOptions(int Lines, int Runs, int Seed)
    {
        public static BenchmarkOptions Parse(string[] args)
        {
            var options = new BenchmarkOptions(100_000, 5, 7);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                options = args[i] switch
                {
                    "--lines" => options with { Lines = int.Parse(args[i + 1]) },
                    "--runs" => options with { Runs = Math.Max(1, int.Parse(args[i + 1])) },
                    "--seed" => options with { Seed = int.Parse(args[i + 1]) },
                    _ => throw new ArgumentException($"unknown option {args[i]}; options: --lines N, --runs N (at least 5 for reported figures), --seed N"),
                };
            }

            return options;
        }
    }
}
