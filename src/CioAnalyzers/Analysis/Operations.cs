using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    internal static class Operations
    {
        /// <summary>The value under implicit and explicit conversions (casts change the type, not the instant).</summary>
        public static IOperation SkipConversions(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        private static readonly ConditionalWeakTable<IOperation, IReadOnlyList<IOperation>> BodyOperations = new();

        /// <summary>
        /// Every operation of the body, initializer or attribute that holds <paramref name="operation"/>, in tree order.
        /// Listed once per body: the sinks of one method ask about its locals several times, and walking an operation
        /// tree costs far more than reading a list.
        /// </summary>
        public static IReadOnlyList<IOperation> InSameBody(IOperation operation)
            => BodyOperations.GetValue(Root(operation), ListDescendants);

        /// <summary>
        /// The descendants in tree order, read through each node's child list with an explicit stack: half the cost of
        /// <c>Descendants()</c>, and no recursion for deep trees (long concatenations).
        /// </summary>
        private static IReadOnlyList<IOperation> ListDescendants(IOperation root)
        {
            var list = new List<IOperation>();
            var stack = new Stack<IOperation.OperationList.Enumerator>();
            stack.Push(root.ChildOperations.GetEnumerator());
            while (stack.Count > 0)
            {
                var children = stack.Pop();
                if (!children.MoveNext())
                {
                    continue;
                }

                var child = children.Current;
                stack.Push(children);
                list.Add(child);
                stack.Push(child.ChildOperations.GetEnumerator());
            }

            return list;
        }

        /// <summary>
        /// True when both operations lie in one body: a fix may rewrite a value made there, while one made in another
        /// member (a helper's return, a field's initialiser) may have other uses (decision 0008).
        /// </summary>
        public static bool SameBody(IOperation a, IOperation b) => Root(a) == Root(b);

        /// <summary>The outermost operation of the body, initializer or attribute that holds <paramref name="operation"/>.</summary>
        public static IOperation Root(IOperation operation)
        {
            while (operation.Parent is { } parent)
            {
                operation = parent;
            }

            return operation;
        }

        /// <summary>The argument passed for the parameter at <paramref name="ordinal"/>, skipping an omitted optional one.</summary>
        public static IOperation? ArgumentAt(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, int ordinal)
        {
            // Positional arguments sit at their parameter's ordinal: one argument read instead of all before it.
            if (ordinal < arguments.Length && IsFor(arguments[ordinal], ordinal))
            {
                return arguments[ordinal].Value;
            }

            foreach (var argument in arguments)
            {
                if (IsFor(argument, ordinal))
                {
                    return argument.Value;
                }
            }

            return null;
        }

        private static bool IsFor(IArgumentOperation argument, int ordinal)
            => argument.Parameter?.Ordinal == ordinal && argument.ArgumentKind != ArgumentKind.DefaultValue;

        /// <summary>The argument passed for the parameter named <paramref name="name"/>, skipping omitted optional ones.</summary>
        public static IOperation? ArgumentFor(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string name)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Name == name && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    return argument.Value;
                }
            }

            return null;
        }
    }
}
