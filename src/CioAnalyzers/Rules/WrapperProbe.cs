using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// A rule that judges a wrapper's parameter itself (a <c>DateTime</c> parameter sent where seconds are read, a string
    /// sent as event data) reports in the wrapper, where the mistake is written; its callers' arguments are then not
    /// reported again, once per call site, for the same mistake (decision 0009).
    /// </summary>
    internal static class WrapperProbe
    {
        public static bool ReportsInWrapper(SinkRule rule, RoleSink sink, IOperation operation, CustomerIoModel model)
        {
            if (sink.InWrapper is not { } own || !rule.AppliesTo(own.Role))
            {
                return false;
            }

            var probe = new BlockDiagnostics();
            rule.Analyze(own, model, new SinkReport(operation, probe));
            return probe.Any;
        }
    }
}
