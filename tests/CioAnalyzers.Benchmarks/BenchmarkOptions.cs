using System;

namespace CioAnalyzers.Benchmarks
{
    internal sealed record BenchmarkOptions(int Lines, int Runs, int WarmUps, int Seed, int BuildRuns, int BuildWarmUps)
    {
        private const string Usage = "options: --lines N, --runs N (at least 5 for reported figures), --warmups N (at least 1), --seed N, --build-runs N (pairs of real builds for B; 0 leaves B out), --build-warmups N (pairs of real builds before them that are not counted, at least 1)";

        public static BenchmarkOptions Parse(string[] args)
        {
            if (args.Length % 2 != 0)
            {
                throw new ArgumentException($"{args[^1]} needs a value; {Usage}");
            }

            var options = new BenchmarkOptions(100_000, 5, 3, 7, 5, 4);
            for (var i = 0; i < args.Length; i += 2)
            {
                if (!int.TryParse(args[i + 1], out var value))
                {
                    throw new ArgumentException($"{args[i]} takes a whole number, not '{args[i + 1]}'; {Usage}");
                }

                options = args[i] switch
                {
                    "--lines" => options with { Lines = value },
                    "--runs" => options with { Runs = Math.Max(1, value) },
                    "--warmups" => options with { WarmUps = Math.Max(1, value) },
                    "--seed" => options with { Seed = value },
                    "--build-runs" => options with { BuildRuns = Math.Max(0, value) },
                    "--build-warmups" => options with { BuildWarmUps = Math.Max(1, value) },
                    _ => throw new ArgumentException($"unknown option {args[i]}; {Usage}"),
                };
            }

            return options;
        }
    }
}
