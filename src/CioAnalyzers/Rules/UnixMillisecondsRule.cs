using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Rules
{
    /// <summary>CIO1001: a millisecond value reaches a Unix-seconds role.</summary>
    public sealed class UnixMillisecondsRule : SinkRule
    {
        public override DiagnosticDescriptor Descriptor => RuleCatalog.UnixMilliseconds;

        internal override bool AppliesTo(ApiRole role) => role == ApiRole.UnixSeconds;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, OperationAnalysisContext context)
        {
            if (sink.Value is null || Milliseconds.Find(sink.Value, model.Types) is not { } source)
            {
                return;
            }

            var fixAt = source.Fixable ? new[] { source.Producer.GetLocation() } : null;
            context.ReportDiagnostic(Diagnostic.Create(RuleCatalog.UnixMilliseconds, ReportLocation(sink, context), fixAt, source.Description, sink.ElementName));
        }
    }
}
