using System.Collections.Immutable;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// CIO1004: a date and the Unix epoch it is measured from on different clocks: a UTC DateTime given to a library that
    /// converts against a local-time epoch (reported on the UTC producer), or Unix seconds the project computes itself from
    /// a local epoch or a local date (reported on the epoch or the date).
    /// </summary>
    public sealed class UtcDateTimeRule : SinkRule
    {
        public const string Id = "CIO1004";

        /// <summary>For Unix seconds computed in the project: the epoch the fix writes instead of the reported one.</summary>
        public const string EpochReplacementProperty = "EpochReplacement";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Date and Unix epoch on different clocks",
            "{0}: the time {1} sends to Customer.io is off by the server's UTC offset",
            RuleCatalog.Categories.Data,
            "Subtracting one DateTime from another ignores their kinds. CustomerIOSharp turns a DateTime into Unix seconds by subtracting new DateTime(1970, 1, 1).ToLocalTime(), so a UTC DateTime given to it moves by the machine's offset from UTC; the same happens to Unix seconds computed as (date - epoch).TotalSeconds when the epoch went through ToUniversalTime(), when a UTC date meets a ToLocalTime() epoch, when a local date (DateTime.Now) meets the epoch as written, or when a DateTimeOffset is made from an epoch that is not of kind Utc. Silent on every server running in UTC, wrong on the others.");

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role is ApiRole.LocalTimeDateTime or ApiRole.UnixSeconds;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            if (sink.Value is null)
            {
                return;
            }

            if (sink.Role == ApiRole.UnixSeconds)
            {
                if (EpochMismatches.Find(sink.Value, model.Types) is { } mismatch)
                {
                    var properties = mismatch.FixTarget is null ? null : ImmutableDictionary<string, string?>.Empty.Add(EpochReplacementProperty, mismatch.Replacement);
                    report.Report(Descriptor, mismatch.Mistake, mismatch.FixTarget, properties, mismatch.Description, sink.ElementName);
                }

                return;
            }

            if (UtcDateTimes.Find(sink.Value, model.Types) is not { } utc)
            {
                return;
            }

            // .ToLocalTime() is appended to the value sent, so other uses of a local keep their UTC value.
            var sent = Operations.SkipConversions(sink.Value);
            var fixTarget = sent.Type?.SpecialType == SpecialType.System_DateTime ? sent.Syntax : null;
            report.Report(Descriptor, utc.Producer, fixTarget, null, $"{utc.Description} is a UTC DateTime, but the library converts it against a local-time epoch", sink.ElementName);
        }
    }
}
