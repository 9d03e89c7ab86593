using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CioAnalyzers.Harness;

namespace CioAnalyzers.Benchmarks
{
    /// <summary>
    /// Every shipped rule's non-compliant and compliant example, read from its docs page (the examples the tests compile),
    /// so the corpus holds each rule's mistake and its correct form, and a new rule joins the corpus with its page.
    /// </summary>
    internal static class RuleExamples
    {
        public static IReadOnlyList<RuleExample> All { get; } = Load();

        private static IReadOnlyList<RuleExample> Load()
            => ShippedAnalyzers.Analyzers
                .SelectMany(a => a.SupportedDiagnostics)
                .Select(d => d.Id)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(id => id, StringComparer.Ordinal)
                .SelectMany(id =>
                {
                    var page = DocsPage.For(id);
                    return new[] { new RuleExample(id, false, page.NonCompliant), new RuleExample(id, true, page.Compliant) };
                })
                .ToList();
    }

    /// <summary>One docs example. Examples declare their types in the global namespace, so each copy gets a namespace of its own.</summary>
    internal sealed record RuleExample(string RuleId, bool Compliant, DocsExample Example)
    {
        private static readonly Regex FirstDeclaration = new(@"^(?!using |\s*$)", RegexOptions.Multiline);

        /// <summary>An example with a CustomerIo.Api.txt names its wrapper's members; it is placed once, as written.</summary>
        public bool NeedsApiFile => Example.ApiFile is not null;

        public string Name => $"{RuleId}{(Compliant ? "Compliant" : "NonCompliant")}";

        public string InNamespace(string name)
        {
            var first = FirstDeclaration.Match(Example.Code);
            return first.Success
                ? Example.Code.Insert(first.Index, $"namespace {name};\n\n")
                : throw new InvalidOperationException($"The {Name} example has no declaration");
        }
    }
}
