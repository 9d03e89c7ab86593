using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// The diagnostics of one operation block (a member's body, a field initializer...), reported when the block
    /// ends. A diagnostic sits on the mistake, which may lie lines above the call that sends it; the IDE analyses
    /// only the span being edited, and runs operation actions only for operations inside it, so a diagnostic
    /// reported from the call's operation would be lost when the mistake's line alone is analysed. Reported from
    /// the block's end, it is kept wherever it lies in the block.
    /// </summary>
    internal sealed class BlockDiagnostics
    {
        private readonly ImmutableArray<IOperation> blocks;
        private readonly object gate = new();
        private List<Diagnostic>? found;

        public BlockDiagnostics(ImmutableArray<IOperation> blocks)
        {
            this.blocks = blocks;
        }

        /// <summary>
        /// Primary location: the mistake when it lies in this member, else the sink (a value from a field initializer
        /// or another method is shown where this member sends it, so that analysing the sending line finds it). Additional
        /// locations, in this order: the sink (or <paramref name="sentBy"/>, the call of an inferred wrapper that sends the
        /// value on), the fix's target when there is one, then the mistake when it lies in another member (see
        /// <see cref="DiagnosticLocations"/>).
        /// </summary>
        public void Add(DiagnosticDescriptor descriptor, SyntaxNode sink, SyntaxNode mistake, SyntaxNode? fixTarget, ImmutableDictionary<string, string?>? properties, object?[] messageArgs,
            SyntaxNode? sentBy = null)
        {
            var inThisMember = InThisMember(mistake);
            var primary = inThisMember ? mistake.GetLocation() : sink.GetLocation();
            var sinkLocation = (sentBy ?? sink).GetLocation();
            var fixLocation = fixTarget?.GetLocation();
            var additional = inThisMember
                ? fixLocation is null ? new[] { sinkLocation } : new[] { sinkLocation, fixLocation }
                : new[] { sinkLocation, fixLocation ?? Location.None, mistake.GetLocation() };
            var diagnostic = Diagnostic.Create(descriptor, primary, additional, properties, messageArgs);
            lock (gate)
            {
                (found ??= new List<Diagnostic>()).Add(diagnostic);
            }
        }

        /// <summary>True once a diagnostic was added.</summary>
        public bool Any => found is not null;

        public void ReportAll(OperationBlockAnalysisContext context)
        {
            if (found is null)
            {
                return;
            }

            foreach (var diagnostic in found)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }

        private bool InThisMember(SyntaxNode node)
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
