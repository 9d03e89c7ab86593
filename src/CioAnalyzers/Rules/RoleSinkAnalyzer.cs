using System.Collections.Immutable;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// The shared driver: builds the Customer.io model at compilation start and hands each rule the values that
    /// reach Customer.io, with their roles. A rule only answers one question about one sink.
    /// </summary>
    public abstract class RoleSinkAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableArray<OperationKind> SinkKinds =
            ImmutableArray.Create(OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);

        public sealed override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var model = CustomerIoModel.For(start.Compilation, start.Options, start.CancellationToken);
                if (!model.HasApiElements && !CustomerIoText.AnySourceMentionsHost(start.Compilation, start.CancellationToken))
                {
                    // No client library, no configured type and no Customer.io host in the source: no value can reach
                    // Customer.io, so no operation is looked at. Raw-HTTP URLs fold only from constants, and those are
                    // in the source (or in a library, which the configuration then names).
                    return;
                }

                start.RegisterOperationAction(
                    operationContext =>
                    {
                        foreach (var sink in SinkFinder.Find(operationContext.Operation, model))
                        {
                            if (AppliesTo(sink.Role))
                            {
                                AnalyzeSink(sink, model, operationContext);
                            }
                        }
                    },
                    SinkKinds);
            });
        }

        /// <summary>The roles this rule looks at; other sinks are never handed to it.</summary>
        private protected abstract bool AppliesTo(ApiRole role);

        private protected abstract void AnalyzeSink(RoleSink sink, CustomerIoModel model, OperationAnalysisContext context);

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
