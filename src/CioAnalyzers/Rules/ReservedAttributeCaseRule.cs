using System.Collections.Immutable;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>CIO1008: a key sent to Customer.io is a reserved attribute name in another case or spelling; reported on the key.</summary>
    public sealed class ReservedAttributeCaseRule : SinkRule
    {
        public const string Id = "CIO1008";

        /// <summary>The reserved name the key should be.</summary>
        public const string ReservedNameProperty = "ReservedName";

        /// <summary>For a property named by its serialiser: the name attribute to add (see <see cref="RoleSink.NameAttribute"/>).</summary>
        public const string NameAttributeProperty = "NameAttribute";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Reserved attribute name in the wrong case",
            "The key \"{0}\" is stored as a plain attribute: Customer.io's reserved attribute is \"{1}\", in exactly that form",
            RuleCatalog.Categories.Data,
            "Customer.io attribute names are case-sensitive, and its reserved attributes (id, email, created_at, unsubscribed, timezone...) work only in lower case. Email, createdAt or Unsubscribed become ordinary attributes: the person's email, sign-up date or subscription status is not set.");

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role == ApiRole.AttributeName;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            if (sink.WireKey is not { } key || ReservedAttributes.WrongFormOf(key) is not { } reserved)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(ReservedNameProperty, reserved)
                .Add(NameAttributeProperty, sink.NameAttribute);
            report.Report(Descriptor, sink.Syntax, sink.NameDeclaration, properties, key, reserved);
        }
    }
}
