using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// Probes created in process by the benchmark, never loaded by a compiler from an assembly: no attribute needed.
#pragma warning disable RS1001

namespace CioAnalyzers.Benchmarks.ErrorHeavy
{
    /// <summary>
    /// Analyzers that do nothing in their callbacks: what they cost is what the driver charges any analyzer of their kind
    /// (for the operation one: the operation trees and a callback per invocation, error-bound ones included).
    /// Each counts its callbacks, so that a run shows they were called.
    /// </summary>
    internal abstract class TrivialAnalyzer : DiagnosticAnalyzer
    {
        // Never reported; an analyzer without an enabled descriptor would be skipped by the driver. Release tracking is
        // for shipped rules, not for a probe the benchmark creates in process.
#pragma warning disable RS2008
        private static readonly DiagnosticDescriptor Unused = new("EH0001", "Unused", "Unused", "Benchmark", DiagnosticSeverity.Info, isEnabledByDefault: true);
#pragma warning restore RS2008

        private long callbacks;

        public long Callbacks => Interlocked.Read(ref callbacks);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Unused);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            Register(context);
        }

        protected abstract void Register(AnalysisContext context);

        protected void Called() => Interlocked.Increment(ref callbacks);
    }

    internal sealed class EmptyInvocationOperationAnalyzer : TrivialAnalyzer
    {
        protected override void Register(AnalysisContext context)
            => context.RegisterOperationAction(_ => Called(), OperationKind.Invocation);
    }

    internal sealed class EmptyInvocationSyntaxAnalyzer : TrivialAnalyzer
    {
        protected override void Register(AnalysisContext context)
            => context.RegisterSyntaxNodeAction(_ => Called(), SyntaxKind.InvocationExpression);
    }
}
