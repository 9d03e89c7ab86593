using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// One rule about the values that reach Customer.io. <see cref="RoleSinkAnalyzer"/> finds the sinks once per
    /// operation and hands each rule those of the roles it looks at; a rule only answers one question about one sink.
    /// </summary>
    public abstract class SinkRule
    {
        public abstract DiagnosticDescriptor Descriptor { get; }

        /// <summary>The roles this rule looks at; other sinks are never handed to it.</summary>
        internal abstract bool AppliesTo(ApiRole role);

        internal abstract void Analyze(RoleSink sink, CustomerIoModel model, OperationAnalysisContext context);

        /// <summary>
        /// Where to report: the value itself when it lies inside the analysed call, else the call. A diagnostic must
        /// stay inside the operation that found it, or the IDE, which analyses only the edited span, would miss it.
        /// </summary>
        private protected static Location ReportLocation(RoleSink sink, OperationAnalysisContext context)
        {
            var operationSyntax = context.Operation.Syntax;
            var value = sink.ReportAt;
            return value.SyntaxTree == operationSyntax.SyntaxTree && operationSyntax.Span.Contains(value.Span)
                ? value.GetLocation()
                : operationSyntax.GetLocation();
        }
    }
}
