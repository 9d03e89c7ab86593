using System.Collections.Immutable;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Rules
{
    /// <summary>CIO1007: a string constant reaches the <c>unsubscribed</c> attribute; reported on the string.</summary>
    public sealed class UnsubscribedStringRule : SinkRule
    {
        public const string Id = "CIO1007";

        /// <summary>The diagnostic property that carries the boolean the fix writes ("true" or "false").</summary>
        public const string BooleanProperty = "Boolean";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "'unsubscribed' given a string",
            "{0} receives the string \"{1}\", which Customer.io reads as {2}: send a boolean",
            RuleCatalog.Categories.Data,
            "Customer.io counts a person as unsubscribed only for true, 1, \"1\" or \"true\" (any case). Any other string, such as \"yes\", leaves the person subscribed and they keep receiving messages. Strings Customer.io reads as they are meant (\"true\", \"1\", \"false\", \"no\"...) are not reported.");

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role == ApiRole.Unsubscribed;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            if (sink.Value is null || !ConstantStrings.TryGet(sink.Value, out var text, out var origin))
            {
                return;
            }

            var readAsUnsubscribed = SubscriptionValues.IsReadAsUnsubscribed(text);
            var meaning = SubscriptionValues.MeaningOf(text);
            if (meaning == readAsUnsubscribed)
            {
                // "true", "1", "false", "no"...: Customer.io reads the string as it is meant, so nothing goes wrong.
                return;
            }

            var readAs = readAsUnsubscribed ? "unsubscribed" : "subscribed";
            if (meaning is null || !IsLiteralInABooleanSlot(sink.Value))
            {
                report.Report(Descriptor, origin.Syntax, null, null, sink.ElementName, text, readAs);
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(BooleanProperty, meaning.Value ? "true" : "false");
            report.Report(Descriptor, origin.Syntax, origin.Syntax, properties, sink.ElementName, text, readAs);
        }

        /// <summary>
        /// True when the value is a literal written where a boolean also compiles: an anonymous object's member, or a
        /// slot of type object (a Dictionary&lt;string, object&gt; entry). A string-typed slot keeps its string.
        /// </summary>
        private static bool IsLiteralInABooleanSlot(IOperation value)
        {
            if (Operations.SkipConversions(value) is not ILiteralOperation)
            {
                return false;
            }

            return (value is IConversionOperation { Type: { } type } && (type.SpecialType == SpecialType.System_Object || type.TypeKind == TypeKind.Dynamic))
                || value.Parent is ISimpleAssignmentOperation { Parent: IAnonymousObjectCreationOperation };
        }
    }
}
