using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// One rule about the values that reach Customer.io. <see cref="RoleSinkAnalyzer"/> finds the sinks once per
    /// operation and hands each rule those of the roles it looks at; a rule only answers one question about one sink
    /// and reports the mistake it finds through <see cref="SinkReport"/>, which places it.
    /// </summary>
    public abstract class SinkRule
    {
        public abstract DiagnosticDescriptor Descriptor { get; }

        /// <summary>The roles this rule looks at; other sinks are never handed to it.</summary>
        internal abstract bool AppliesTo(ApiRole role);

        internal abstract void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report);
    }
}
