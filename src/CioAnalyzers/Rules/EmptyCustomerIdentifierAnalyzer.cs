using System.Collections.Immutable;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Rules
{
    /// <summary>CIO1002: a constant empty or blank string reaches a customer-identifier role.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EmptyCustomerIdentifierAnalyzer : RoleSinkAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.EmptyCustomerIdentifier);

        private protected override bool AppliesTo(ApiRole role) => role == ApiRole.CustomerId;

        private protected override void AnalyzeSink(RoleSink sink, CustomerIoModel model, OperationAnalysisContext context)
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
