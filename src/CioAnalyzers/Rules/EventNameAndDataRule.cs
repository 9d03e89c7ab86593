using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// CIO1012: a constant blank event name, or event data whose C# type makes it a string, a number, a boolean or an
    /// array; reported on the value.
    /// </summary>
    public sealed class EventNameAndDataRule : SinkRule
    {
        public const string Id = "CIO1012";

        private const string BlankNameError = "event name must not be blank";
        private const string DataNotObjectError = "event data must be a hash (send \"data\":{} not \"data\":\"\")";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Blank event name or event data that is not an object",
            "{0} receives {1}: Customer.io rejects the event with '{2}'",
            RuleCatalog.Categories.Data,
            "A Customer.io event needs a non-blank name, and its data must be a JSON object. Track answers 400 'event name must not be blank' or 'event data must be a hash', and the event is lost.");

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role is ApiRole.EventName or ApiRole.EventData;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            if (sink.Value is null)
            {
                return;
            }

            if (sink.Role == ApiRole.EventName)
            {
                if (ConstantStrings.TryGet(sink.Value, out var text, out var origin) && ConstantStrings.IsBlank(text))
                {
                    report.Report(Descriptor, origin.Syntax, null, null, sink.ElementName, "a blank event name", BlankNameError);
                }

                return;
            }

            if (JsonShape.NonObjectKind(sink.Value, model.Types, out var written, out var member) is { } kind)
            {
                var from = member is null ? string.Empty : $" from {member}";
                report.Report(Descriptor, written.Syntax, null, null, sink.ElementName, kind + " as event data" + from, DataNotObjectError);
            }
        }
    }
}
