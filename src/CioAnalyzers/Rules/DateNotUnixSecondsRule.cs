using System.Collections.Immutable;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// CIO1003: a date, or text formatted from one, reaches a Unix-seconds role of a JSON payload; reported on the value
    /// or the formatting call.
    /// </summary>
    public sealed class DateNotUnixSecondsRule : SinkRule
    {
        public const string Id = "CIO1003";

        /// <summary>"DateTimeOffset" when the date is one, "DateTime" otherwise: the fix converts the latter first.</summary>
        public const string DateTypeProperty = "DateType";

        public const string OffsetType = "DateTimeOffset";

        public const string DateTimeType = "DateTime";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Date where Customer.io expects Unix seconds",
            "{0} goes out as a date string, but {1} takes Unix seconds: Customer.io does not read it as a date and date conditions never match",
            RuleCatalog.Categories.Data,
            "System.Text.Json and Newtonsoft.Json write a DateTime or DateTimeOffset as an ISO-8601 string. Customer.io timestamps (created_at, _timestamp, event timestamp, last_used, send_at, *_at attributes) are integer Unix seconds; a string there is stored as text and never matches a date condition.");

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role == ApiRole.UnixSeconds;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            // Only JSON payload members are written by a serialiser whose date form is known; a member with its own
            // converter is written however that converter says.
            if (sink.Value is null || sink.Dates is PayloadDates.NotSerialized or PayloadDates.MemberConverter)
            {
                return;
            }

            if (DateValues.Find(sink.Value, model.Types, datesAsText: sink.Dates == PayloadDates.IsoStrings) is not { } date)
            {
                return;
            }

            var fixTarget = date.Rewritable && TakesAnyValue(sink.Value) ? date.Mistake : null;
            var properties = ImmutableDictionary<string, string?>.Empty.Add(DateTypeProperty, date.IsOffset ? OffsetType : DateTimeType);
            report.Report(Descriptor, date.Mistake, fixTarget, properties, date.Description, sink.ElementName);
        }

        /// <summary>
        /// True when a number can replace the value: it is boxed to object (a dictionary of objects) or is an anonymous
        /// object's member, whose type follows its value. A typed member or a dictionary of strings would not compile.
        /// </summary>
        private static bool TakesAnyValue(IOperation value)
            => value.Type?.SpecialType == SpecialType.System_Object
               || value.Type?.TypeKind == TypeKind.Dynamic
               || value.Parent is ISimpleAssignmentOperation { Parent: IAnonymousObjectCreationOperation };
    }
}
