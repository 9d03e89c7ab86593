using CioAnalyzers.Analysis;
using CioAnalyzers.Model;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// A sink rule that decides once the whole compilation has been searched: it collects the sinks of its roles
    /// during the search that already runs, and reports at compilation end. Its diagnostics show in builds, CI and the
    /// IDE's full-solution analysis; its descriptor carries the CompilationEnd tag.
    /// </summary>
    public abstract class CompilationWideRule : SinkRule
    {
        internal sealed override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            // Collected through StartCollecting instead: nothing is decided per operation.
        }

        /// <summary>A collector for one compilation, fed from any thread.</summary>
        internal abstract CompilationCollector StartCollecting(CustomerIoModel model);
    }
}
