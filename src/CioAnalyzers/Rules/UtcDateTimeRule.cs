using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>CIO1004: a DateTime of kind Utc reaches a library that converts dates against a local-time epoch; reported on the UTC producer.</summary>
    public sealed class UtcDateTimeRule : SinkRule
    {
        public const string Id = "CIO1004";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "UTC DateTime passed to CustomerIOSharp",
            "{0} is a UTC DateTime, but {1} is converted against a local-time epoch: the time Customer.io stores is off by the server's UTC offset",
            RuleCatalog.Categories.Data,
            "CustomerIOSharp turns a DateTime into Unix seconds by subtracting new DateTime(1970, 1, 1).ToLocalTime(), ignoring the value's kind. A local DateTime gives the right instant; a UTC one moves by the machine's offset from UTC, silently, on every server not running in UTC.");

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role == ApiRole.LocalTimeDateTime;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            if (sink.Value is null || UtcDateTimes.Find(sink.Value, model.Types) is not { } utc)
            {
                return;
            }

            // .ToLocalTime() is appended to the value sent, so other uses of a local keep their UTC value.
            var sent = Operations.SkipConversions(sink.Value);
            var fixTarget = sent.Type?.SpecialType == SpecialType.System_DateTime ? sent.Syntax : null;
            report.Report(Descriptor, utc.Producer, fixTarget, null, utc.Description, sink.ElementName);
        }
    }
}
