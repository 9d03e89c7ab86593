using System;
using System.Collections.Immutable;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// A wrong value made once in a member and used in several places: rewriting it is right only when every use sends
    /// it to Customer.io where the same rule reports it; a single other use (a log line, another service) forbids it.
    /// </summary>
    internal static class SharedOrigins
    {
        public static bool EveryUseIsSent(ImmutableArray<IOperation> uses, SyntaxNode origin, CustomerIoModel model, Func<ApiRole, bool> role, Func<IOperation, SyntaxNode?> originOf)
        {
            foreach (var use in uses)
            {
                if (!IsSent(use, origin, model, role, originOf))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>An enclosing call, creation or assignment has a sink of the role whose value holds the use and comes from the origin.</summary>
        private static bool IsSent(IOperation use, SyntaxNode origin, CustomerIoModel model, Func<ApiRole, bool> role, Func<IOperation, SyntaxNode?> originOf)
        {
            for (var ancestor = use.Parent; ancestor is not null; ancestor = ancestor.Parent)
            {
                if (ancestor.Kind is not (OperationKind.Invocation or OperationKind.ObjectCreation or OperationKind.SimpleAssignment))
                {
                    continue;
                }

                foreach (var sink in SinkFinder.Find(ancestor, model))
                {
                    if (role(sink.Role) && sink.Value is { } value && value.Syntax.SyntaxTree == use.Syntax.SyntaxTree
                        && value.Syntax.Span.Contains(use.Syntax.Span) && originOf(value) == origin)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
