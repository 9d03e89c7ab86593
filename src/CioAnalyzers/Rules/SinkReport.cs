using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>What a sink rule reports through: the operation that sends the value, and its block's diagnostics.</summary>
    internal readonly struct SinkReport
    {
        private readonly BlockDiagnostics diagnostics;

        private readonly SyntaxNode? sentBy;

        public SinkReport(IOperation sink, BlockDiagnostics diagnostics, SyntaxNode? sentBy = null)
        {
            Sink = sink;
            this.diagnostics = diagnostics;
            this.sentBy = sentBy;
        }

        /// <summary>The call, object creation or assignment that sends the value to Customer.io.</summary>
        public IOperation Sink { get; }

        /// <summary>
        /// Reports <paramref name="mistake"/> (the wrong value or key) with the sink as additional location (for a value
        /// passed to an inferred wrapper, the call in the wrapper that sends it); the fix, when there is one, rewrites
        /// <paramref name="fixTarget"/>.
        /// </summary>
        public void Report(DiagnosticDescriptor descriptor, SyntaxNode mistake, SyntaxNode? fixTarget, ImmutableDictionary<string, string?>? properties, params object?[] messageArgs)
            => diagnostics.Add(descriptor, Sink.Syntax, mistake, fixTarget, properties, messageArgs, sentBy);
    }
}
