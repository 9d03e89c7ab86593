using System;
using System.Collections.Generic;
using System.Linq;
using CioAnalyzers.Harness;
using Microsoft.CodeAnalysis.CSharp;

namespace CioAnalyzers.CrashSafety
{
    /// <summary>One input: its source and how it was made, so that a failure can be traced and reproduced.</summary>
    internal sealed record Input(string Origin, string Source);

    /// <summary>
    /// The inputs of a run: every seed as is, then mutants in rounds over seeds and mutations (one mutation in
    /// odd rounds, two stacked in even ones). Each mutant's random source depends only on the run's seed and its
    /// index, so the same command always checks the same inputs.
    /// </summary>
    internal static class InputSet
    {
        public static IReadOnlyList<Input> Build(IReadOnlyList<(string Origin, string Source)> seeds, int count, int runSeed)
        {
            var inputs = seeds.Select(s => new Input(s.Origin, s.Source)).Take(count).ToList();
            var mutations = Mutations.All.Length;
            for (var i = 0; inputs.Count < count; i++)
            {
                var (origin, source) = seeds[i % seeds.Count];
                var round = i / seeds.Count;
                var random = new Random(unchecked((runSeed * 1_000_003) + i));
                var names = new List<string>();
                var stacked = (round / mutations) % 2 == 0 ? 1 : 2;
                for (var m = 0; m < stacked; m++)
                {
                    var index = m == 0 ? round % mutations : random.Next(mutations);
                    var root = CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions).GetRoot();
                    var mutated = Mutations.All[index](source, root, random);
                    if (mutated is not null)
                    {
                        source = mutated;
                        names.Add(Mutations.Name(index));
                    }
                }

                inputs.Add(new Input($"{origin} {string.Join("+", names)} (run seed {runSeed}, input {inputs.Count})", source));
            }

            return inputs;
        }
    }
}
