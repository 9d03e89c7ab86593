using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>CIO1002: a constant empty or blank string reaches a customer-identifier role; reported on the string.</summary>
    public sealed class EmptyCustomerIdentifierRule : SinkRule
    {
        public override DiagnosticDescriptor Descriptor => RuleCatalog.EmptyCustomerIdentifier;

        internal override bool AppliesTo(ApiRole role) => role == ApiRole.CustomerId;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            string text;
            SyntaxNode written;
            if (sink.Value is null)
            {
                text = sink.ConstantText ?? string.Empty;
                written = sink.Syntax;
            }
            else if (ConstantStrings.TryGet(sink.Value, out text, out var origin))
            {
                written = origin.Syntax;
            }
            else
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
