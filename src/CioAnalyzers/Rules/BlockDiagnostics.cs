using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// The diagnostics found in one member's operation blocks (a body, a field initializer...), reported when its
    /// blocks have been analysed. A diagnostic sits on the mistake, which may lie lines above the call that sends it;
    /// the IDE analyses only the span being edited and reports only the diagnostics inside it, so a diagnostic is
    /// kept until the member's blocks end, wherever in them the mistake lies, and where it goes is decided then.
    /// </summary>
    internal sealed class BlockDiagnostics
    {
        private readonly object gate = new();
        private List<Found>? found;

        /// <summary>True once a diagnostic was added.</summary>
        public bool Any => found is not null;

        /// <summary>
        /// Primary location: the mistake when it lies in the reporting member's blocks, else the sink (a value from a
        /// field initializer or another method is shown where this member sends it, so that analysing the sending line
        /// finds it). Additional locations, in this order: the sink (or <paramref name="sentBy"/>, the call of an
        /// inferred wrapper that sends the value on), the fix's target when there is one, then the mistake when it lies
        /// in another member (see <see cref="DiagnosticLocations"/>).
        /// </summary>
        public void Add(DiagnosticDescriptor descriptor, SyntaxNode sink, SyntaxNode mistake, SyntaxNode? fixTarget, ImmutableDictionary<string, string?>? properties, object?[] messageArgs,
            SyntaxNode? sentBy = null)
        {
            var entry = new Found(descriptor, sink, mistake, fixTarget, properties, messageArgs, sentBy);
            lock (gate)
            {
                (found ??= new List<Found>()).Add(entry);
            }
        }

        public void ReportAll(OperationBlockAnalysisContext context)
        {
            // A copy: another declaration of the same member (a partial one) may still be adding on another thread.
            Found[]? entries;
            lock (gate)
            {
                entries = found?.ToArray();
            }

            if (entries is null)
            {
                return;
            }

            foreach (var entry in entries)
            {
                context.ReportDiagnostic(entry.Create(context.OperationBlocks));
            }
        }

        private sealed record Found(DiagnosticDescriptor Descriptor, SyntaxNode Sink, SyntaxNode Mistake, SyntaxNode? FixTarget,
            ImmutableDictionary<string, string?>? Properties, object?[] MessageArgs, SyntaxNode? SentBy)
        {
            public Diagnostic Create(ImmutableArray<IOperation> blocks)
            {
                var inThisMember = Within(blocks, Mistake);
                var primary = inThisMember ? Mistake.GetLocation() : Sink.GetLocation();
                var sinkLocation = (SentBy ?? Sink).GetLocation();
                var fixLocation = FixTarget?.GetLocation();
                var additional = inThisMember
                    ? fixLocation is null ? new[] { sinkLocation } : new[] { sinkLocation, fixLocation }
                    : new[] { sinkLocation, fixLocation ?? Location.None, Mistake.GetLocation() };
                return Diagnostic.Create(Descriptor, primary, additional, Properties, MessageArgs);
            }

            private static bool Within(ImmutableArray<IOperation> blocks, SyntaxNode node)
            {
                foreach (var block in blocks)
                {
                    if (block.Syntax.SyntaxTree == node.SyntaxTree && block.Syntax.Span.Contains(node.Span))
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
