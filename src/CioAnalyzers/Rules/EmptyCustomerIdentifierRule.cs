using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Rules
{
    /// <summary>CIO1002: a constant empty or blank string reaches a customer-identifier role.</summary>
    public sealed class EmptyCustomerIdentifierRule : SinkRule
    {
        public override DiagnosticDescriptor Descriptor => RuleCatalog.EmptyCustomerIdentifier;

        internal override bool AppliesTo(ApiRole role) => role == ApiRole.CustomerId;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, OperationAnalysisContext context)
        {
            string text;
            if (sink.Value is null)
            {
                text = sink.ConstantText;
            }
            else if (!ConstantStrings.TryGet(sink.Value, out text))
            {
                return;
            }

            if (ConstantStrings.IsBlank(text))
            {
                var removable = sink.RemovableMember is null ? null : new[] { sink.RemovableMember.GetLocation() };
                context.ReportDiagnostic(Diagnostic.Create(RuleCatalog.EmptyCustomerIdentifier, ReportLocation(sink, context), removable, sink.ElementName));
            }
        }
    }
}
