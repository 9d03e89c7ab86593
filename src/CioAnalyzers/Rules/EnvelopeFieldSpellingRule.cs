using System.Collections.Immutable;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// CIO1014: a key at the top of an event, transactional or broadcast request that is one of the request's fields in
    /// another case or convention (<c>Name</c>, <c>messageData</c>); reported on the key.
    /// </summary>
    public sealed class EnvelopeFieldSpellingRule : SinkRule
    {
        public const string Id = "CIO1014";

        /// <summary>The field name the key should be.</summary>
        public const string FieldNameProperty = "FieldName";

        /// <summary>For a property named by its serialiser: the name attribute to add (see <see cref="RoleSink.NameAttribute"/>).</summary>
        public const string NameAttributeProperty = ReservedAttributeCaseRule.NameAttributeProperty;

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Request field in the wrong spelling",
            "The key \"{0}\" is not a field of this request: Customer.io reads \"{1}\", in exactly that form",
            RuleCatalog.Categories.Data,
            "Customer.io reads the fields of an event, a transactional send or a broadcast trigger by their exact snake_case names (name, data, transactional_message_id, message_data, send_at...). Name, messageData or sendAt are unknown keys: the event has no name, the message has no template or data, the schedule is lost.");

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role == ApiRole.EnvelopeFieldName;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            if (sink.WireKey is not { } key || KeySpelling.WrongFormOf(key, sink.EnvelopeFields) is not { } field)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(FieldNameProperty, field)
                .Add(NameAttributeProperty, sink.NameAttribute);
            report.Report(Descriptor, sink.Syntax, sink.NameDeclaration, properties, key, field);
        }
    }
}
