using System;
using System.Collections.Generic;

namespace CioAnalyzers.Benchmarks.ErrorHeavy
{
    /// <summary>
    /// <c>--error-heavy --source DIR [--source DIR ...] [--runs N] [--concurrent 0|1] [--shared 0|1]</c>: the folders
    /// whose .cs files (bin and obj left out) form the one compilation; rounds of paired runs; whether the concurrent
    /// analysis and the same-compilation check run too (once each, after the rounds).
    /// </summary>
    internal sealed record ErrorHeavyOptions(IReadOnlyList<string> Sources, int Runs, bool Concurrent, bool Shared)
    {
        private const string Usage = "options: --source DIR (repeatable, at least one), --runs N (rounds, at least 3 for reported figures), --concurrent 0|1, --shared 0|1";

        public static ErrorHeavyOptions Parse(IReadOnlyList<string> args)
        {
            var sources = new List<string>();
            var options = new ErrorHeavyOptions(sources, 3, true, true);
            for (var i = 0; i + 1 < args.Count; i += 2)
            {
                options = args[i] switch
                {
                    "--source" => Add(options, sources, args[i + 1]),
                    "--runs" => options with { Runs = Math.Max(1, Number(args[i], args[i + 1])) },
                    "--concurrent" => options with { Concurrent = Number(args[i], args[i + 1]) != 0 },
                    "--shared" => options with { Shared = Number(args[i], args[i + 1]) != 0 },
                    _ => throw new ArgumentException($"unknown option {args[i]}; {Usage}"),
                };
            }

            return args.Count % 2 == 0 && sources.Count > 0 ? options : throw new ArgumentException(Usage);
        }

        private static ErrorHeavyOptions Add(ErrorHeavyOptions options, List<string> sources, string folder)
        {
            sources.Add(folder);
            return options;
        }

        private static int Number(string name, string value)
            => int.TryParse(value, out var number) ? number : throw new ArgumentException($"{name} takes a whole number, not '{value}'; {Usage}");
    }
}
