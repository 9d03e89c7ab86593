using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CioAnalyzers.CrashSafety
{
    /// <summary>Writes each failing input with what went wrong, to become a unit test, and prints the first few.</summary>
    internal static class FailureReport
    {
        private const int Printed = 5;

        public static void Write(string folder, IReadOnlyList<Input> inputs, IReadOnlyList<InputResult> results, IReadOnlyList<int> failures)
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            if (failures.Count == 0)
            {
                return;
            }

            Directory.CreateDirectory(folder);
            foreach (var index in failures)
            {
                var result = results[index];
                var problems = result.AnalyzerExceptions.Select(p => "analyzer exception: " + p)
                    .Concat(result.FixerExceptions.Select(p => "fixer exception: " + p))
                    .Concat(result.FixesAddingErrors.Select(p => "fix adding errors: " + p))
                    .ToList();
                var header = $"/* {inputs[index].Origin}\n{string.Join("\n", problems).Replace("*/", "* /")}\n*/\n";
                File.WriteAllText(Path.Combine(folder, $"input-{index:D5}.cs"), header + inputs[index].Source);
                if (failures.Take(Printed).Contains(index))
                {
                    Console.Error.WriteLine($"FAILED {inputs[index].Origin}");
                    foreach (var problem in problems)
                    {
                        Console.Error.WriteLine("  " + problem.Split('\n').Take(8).Aggregate((a, b) => a + "\n  " + b));
                    }
                }
            }

            Console.WriteLine($"  {failures.Count} failing inputs written to {folder}");
        }
    }
}
