using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// The parameters a wrapper tests before it sends them: named in a condition (<c>if</c>, <c>?:</c>, <c>while</c>,
    /// <c>switch</c>) or handed to a guard (<c>ArgumentException.ThrowIfNullOrEmpty</c>, a <c>Guard</c> class). The
    /// wrapper may then never send the caller's empty or missing value, so its callers are not judged by it.
    /// </summary>
    internal static class ParameterGuards
    {
        public static HashSet<int> Of(IReadOnlyList<IOperation> body, IMethodSymbol method)
        {
            var guarded = new HashSet<int>();
            foreach (var operation in body)
            {
                switch (operation)
                {
                    case IConditionalOperation conditional:
                        AddTested(conditional.Condition, method, guarded);
                        break;
                    case IWhileLoopOperation { Condition: { } condition }:
                        AddTested(condition, method, guarded);
                        break;
                    case ISwitchOperation statement:
                        AddTested(statement.Value, method, guarded);
                        break;
                    case ISwitchExpressionOperation expression:
                        AddTested(expression.Value, method, guarded);
                        break;
                    case IInvocationOperation call when IsGuard(call.TargetMethod):
                        foreach (var argument in call.Arguments)
                        {
                            AddTested(argument.Value, method, guarded);
                        }

                        break;
                }
            }

            return guarded;
        }

        private static bool IsGuard(IMethodSymbol method)
            => method.Name.StartsWith("ThrowIf", StringComparison.Ordinal)
               || method.ContainingType?.Name.IndexOf("Guard", StringComparison.Ordinal) >= 0;

        private static void AddTested(IOperation tested, IMethodSymbol method, HashSet<int> guarded)
        {
            if (PassThrough.ParameterOf(tested, method) is { } self)
            {
                guarded.Add(self.Ordinal);
            }

            foreach (var part in tested.Descendants())
            {
                if (PassThrough.ParameterOf(part, method) is { } parameter)
                {
                    guarded.Add(parameter.Ordinal);
                }
            }
        }
    }
}
