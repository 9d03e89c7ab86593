using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CioAnalyzers.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.CrashSafety
{
    /// <summary>
    /// Every C# source the repository already holds about Customer.io: the unit tests' cases, the rule pages'
    /// examples, the demo, and the newest-syntax seeds next to this runner. New tests and pages join automatically.
    /// </summary>
    internal static class SeedSources
    {
        private static readonly Regex MarkupStart = new(@"\{\|[A-Za-z0-9]+:|\[\|", RegexOptions.Compiled);
        private static readonly Regex MarkupEnd = new(@"\|\}|\|\]", RegexOptions.Compiled);
        private static readonly Regex CSharpFence = new(@"```csharp\r?\n(.*?)```", RegexOptions.Compiled | RegexOptions.Singleline);

        public static IReadOnlyList<(string Origin, string Source)> All()
        {
            var seeds = new List<(string, string)>();
            foreach (var file in Files("tests", "CioAnalyzers.Tests").Where(f => f.EndsWith(".cs", StringComparison.Ordinal)))
            {
                var index = 0;
                foreach (var snippet in TestSnippets(File.ReadAllText(file)))
                {
                    seeds.Add(($"{Relative(file)}#{index++}", snippet));
                }
            }

            foreach (var file in Files("docs", "rules").Where(f => f.EndsWith(".md", StringComparison.Ordinal)))
            {
                var index = 0;
                foreach (Match block in CSharpFence.Matches(File.ReadAllText(file)))
                {
                    seeds.Add(($"{Relative(file)}#{index++}", block.Groups[1].Value));
                }
            }

            foreach (var file in Files("docs", "demo").Concat(Files("tests", "CioAnalyzers.CrashSafety", "Seeds")).Where(f => f.EndsWith(".cs", StringComparison.Ordinal)))
            {
                seeds.Add((Relative(file), File.ReadAllText(file)));
            }

            return seeds.Distinct().ToList();
        }

        /// <summary>String literals of a test file that hold C#, with the diagnostic markup removed.</summary>
        private static IEnumerable<string> TestSnippets(string testFile)
        {
            var root = CSharpSyntaxTree.ParseText(testFile).GetRoot();
            foreach (var literal in root.DescendantNodes().OfType<LiteralExpressionSyntax>())
            {
                if (!literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    continue;
                }

                var text = literal.Token.ValueText;
                if (text.Contains("class ", StringComparison.Ordinal) || text.Contains("using ", StringComparison.Ordinal))
                {
                    yield return MarkupEnd.Replace(MarkupStart.Replace(text, string.Empty), string.Empty);
                }
            }
        }

        private static IEnumerable<string> Files(params string[] parts)
        {
            var folder = RepositoryRoot.Combine(parts);
            return Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                    .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                             && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                    .OrderBy(f => f, StringComparer.Ordinal)
                : Enumerable.Empty<string>();
        }

        private static string Relative(string file) => Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/');
    }
}
