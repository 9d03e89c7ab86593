using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>CIO1001: a millisecond value reaches a Unix-seconds role; reported on the millisecond producer.</summary>
    public sealed class UnixMillisecondsRule : SinkRule
    {
        public const string Id = "CIO1001";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Unix timestamp in milliseconds where Customer.io expects seconds",
            "{0} produces Unix milliseconds, but {1} takes Unix seconds: Customer.io stores a date near the year 48,000 and segments never match",
            RuleCatalog.Categories.Data,
            "Customer.io timestamps (created_at, _timestamp, event timestamp, last_used, send_at) are integer Unix seconds. A millisecond value is accepted without error and silently breaks segments, campaigns and date filters.");

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role == ApiRole.UnixSeconds;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            if (sink.Value is null || Milliseconds.Find(sink.Value, model.Types) is not { } source)
            {
                return;
            }

            // A producer shared by several uses is rewritten only when each of them is reported too.
            var fixable = source.Fixable
                && (source.SharedUses.IsEmpty || SharedOrigins.EveryUseIsSent(source.SharedUses, source.Producer, model, AppliesTo, value => Milliseconds.Find(value, model.Types)?.Producer));
            report.Report(Descriptor, source.Producer, fixable ? source.Producer : null, null, source.Description, sink.ElementName);
        }
    }
}
