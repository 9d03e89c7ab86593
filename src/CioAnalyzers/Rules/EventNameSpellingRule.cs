using System.Collections.Generic;
using System.Linq;
using System.Text;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// CIO1009: constant event names that are one name written differently (<c>order_completed</c>, <c>Order Completed</c>,
    /// <c>orderCompleted</c>) across the compilation. Reported on each use of the less frequent spellings.
    /// </summary>
    public sealed class EventNameSpellingRule : CompilationWideRule
    {
        public const string Id = "CIO1009";

        /// <summary>The spelling the fix writes: the most frequent one.</summary>
        public const string SpellingProperty = "Spelling";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Event name spelled differently elsewhere",
            "The event name \"{0}\" is spelled \"{1}\" elsewhere: a campaign triggers on one exact spelling, so these events will not both trigger it",
            RuleCatalog.Categories.Data,
            "Campaigns and segments match an event by its exact name. The same event sent under two spellings splits into two events, and one of them never triggers what was built on the other.",
            DiagnosticSeverity.Info,
            WellKnownDiagnosticTags.CompilationEnd);

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role == ApiRole.EventName;

        internal override CompilationCollector StartCollecting(CustomerIoModel model) => new Collector();

        /// <summary>The name with case, spaces, '_', '-' and '.' ignored: camel-case boundaries vanish with the case.</summary>
        internal static string Normalise(string name)
        {
            var builder = new StringBuilder(name.Length);
            foreach (var c in name)
            {
                if (c is not (' ' or '_' or '-' or '.') && !char.IsWhiteSpace(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }

            return builder.ToString();
        }

        private sealed class Collector : CompilationCollector
        {
            private readonly List<(string Name, SyntaxNode Written, SyntaxNode Sink, bool Fixable)> uses = new();

            protected override void Collect(RoleSink sink, IOperation sinkOperation)
            {
                if (sink.Value is not null && ConstantStrings.TryGet(sink.Value, out var name, out var origin) && !ConstantStrings.IsBlank(name))
                {
                    uses.Add((name, origin.Syntax, sinkOperation.Syntax, Operations.SameBody(origin, sink.Value)));
                }
            }

            public override void Report(System.Action<Diagnostic> report)
            {
                foreach (var group in uses.GroupBy(u => Normalise(u.Name)))
                {
                    var spellings = group
                        .GroupBy(u => u.Name, System.StringComparer.Ordinal)
                        .Select(s => (Name: s.Key, Uses: s.OrderBy(u => u.Written, Comparer<SyntaxNode>.Create(ReadingOrder)).ToList()))
                        .OrderByDescending(s => s.Uses.Count)
                        .ThenBy(s => s.Name, System.StringComparer.Ordinal)
                        .ToList();
                    if (spellings.Count < 2)
                    {
                        continue;
                    }

                    // A most frequent spelling is the one to keep; when the counts tie there is none, and every
                    // spelling is reported against the first use of another.
                    var tie = spellings[0].Uses.Count == spellings[1].Uses.Count;
                    foreach (var spelling in spellings.Skip(tie ? 0 : 1))
                    {
                        var other = spelling.Name == spellings[0].Name ? spellings[1] : spellings[0];
                        foreach (var use in spelling.Uses)
                        {
                            // A name made in another member (a helper's return) is not rewritten: it may have other uses.
                            var fixable = !tie && use.Fixable;
                            var properties = fixable ? new Dictionary<string, string?> { [SpellingProperty] = other.Name } : null;
                            report(Create(Rule, use.Sink, use.Written, fixable ? use.Written : null, new[] { other.Uses[0].Written.GetLocation() },
                                properties, spelling.Name, other.Name));
                        }
                    }
                }
            }
        }
    }
}
