using System.Collections.Concurrent;
using System.Threading;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// The diagnostics of one compilation's members whose blocks are still being analysed, by member. The driver runs
    /// a member's operation actions, then its operation block actions, on the same member symbol: the operation action
    /// adds here, the block action reports and forgets. Every member kind with operations has block actions (methods,
    /// accessors, initializers, constructor initializers: MemberKindsTests); anything left here goes with the compilation.
    /// </summary>
    internal sealed class PendingDiagnostics
    {
        private readonly ConcurrentDictionary<ISymbol, BlockDiagnostics> byMember = new(ReferenceComparer<ISymbol>.Instance);
        private int members;

        /// <summary>The diagnostics of <paramref name="member"/>, the symbol whose blocks hold the operation being analysed.</summary>
        public BlockDiagnostics For(ISymbol member)
        {
            if (byMember.TryGetValue(member, out var existing))
            {
                return existing;
            }

            var added = new BlockDiagnostics();
            var diagnostics = byMember.GetOrAdd(member, added);
            if (ReferenceEquals(diagnostics, added))
            {
                Interlocked.Increment(ref members);
            }

            return diagnostics;
        }

        public void ReportAll(OperationBlockAnalysisContext context)
        {
            // Most members send nothing to Customer.io: nothing is pending, and the look-up is skipped.
            if (Volatile.Read(ref members) == 0 || !byMember.TryRemove(context.OwningSymbol, out var diagnostics))
            {
                return;
            }

            Interlocked.Decrement(ref members);
            diagnostics.ReportAll(context);
        }
    }
}
