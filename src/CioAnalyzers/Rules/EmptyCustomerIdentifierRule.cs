using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>CIO1002: a constant empty or blank string reaches a customer-identifier role; reported on the string.</summary>
    public sealed class EmptyCustomerIdentifierRule : SinkRule
    {
        public const string Id = "CIO1002";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Empty or blank customer identifier",
            "{0} receives an empty or blank customer identifier: Customer.io rejects it, or the request goes to customers//",
            RuleCatalog.Categories.Data,
            "Customer.io identifies a person by a non-empty id, email or cio_ id. An empty id is rejected with 'id attribute cannot be an empty string', and an empty path segment addresses no one.");

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role == ApiRole.CustomerId;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            if (!ConstantStrings.TryGetSent(sink, out var text, out var written))
            {
                return;
            }

            if (ConstantStrings.IsBlank(text))
            {
                report.Report(Descriptor, written, sink.RemovableMember, null, sink.ElementName);
            }
        }
    }
}
