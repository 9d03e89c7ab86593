using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>CIO1001: a millisecond value reaches a Unix-seconds role; reported on the millisecond producer.</summary>
    public sealed class UnixMillisecondsRule : SinkRule
    {
        public override DiagnosticDescriptor Descriptor => RuleCatalog.UnixMilliseconds;

        internal override bool AppliesTo(ApiRole role) => role == ApiRole.UnixSeconds;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            if (sink.Value is null || Milliseconds.Find(sink.Value, model.Types) is not { } source)
            {
                return;
            }

            report.Report(Descriptor, source.Producer, source.Fixable ? source.Producer : null, null, source.Description, sink.ElementName);
        }
    }
}
