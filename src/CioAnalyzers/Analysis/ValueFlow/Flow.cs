using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Where a question stands while it follows a value across members: how many members deep, and which call it
    /// entered, so that a parameter read inside a helper is answered on the argument that call passes.
    /// </summary>
    internal sealed class Flow
    {
        /// <summary>The sending member itself: no member followed, no parameter bound.</summary>
        public static readonly Flow Start = new(0, ImmutableArray<IMethodSymbol>.Empty, ImmutableArray<IArgumentOperation>.Empty, null);

        private readonly ImmutableArray<IMethodSymbol> methods;
        private readonly ImmutableArray<IArgumentOperation> arguments;
        private readonly Flow? caller;

        private Flow(int depth, ImmutableArray<IMethodSymbol> methods, ImmutableArray<IArgumentOperation> arguments, Flow? caller)
        {
            Depth = depth;
            this.methods = methods;
            this.arguments = arguments;
            this.caller = caller;
        }

        /// <summary>Members followed so far; the questions stop at <see cref="MemberValues.MaxDepth"/>.</summary>
        public int Depth { get; }

        /// <summary>Inside one of <paramref name="entered"/> (a helper, its implementations, a lambda) called with <paramref name="passed"/>.</summary>
        public Flow Into(ImmutableArray<IMethodSymbol> entered, ImmutableArray<IArgumentOperation> passed) => new(Depth + 1, entered, passed, this);

        /// <summary>One member further in the same frame (a field, a property, a record built in this frame).</summary>
        public Flow Deeper() => new(Depth + 1, methods, arguments, caller);

        /// <summary>One member further, in code no call of this chain entered (the places that construct a type).</summary>
        public Flow Unbound() => new(Depth + 1, ImmutableArray<IMethodSymbol>.Empty, ImmutableArray<IArgumentOperation>.Empty, null);

        /// <summary>The argument the entered call passes for <paramref name="parameter"/>, and the caller's flow to read it in.</summary>
        public bool TryArgument(IParameterSymbol parameter, out IOperation value, out Flow callerFlow)
        {
            value = null!;
            callerFlow = this;
            if (caller is null || parameter.ContainingSymbol is not IMethodSymbol method || !Entered(method))
            {
                return false;
            }

            foreach (var argument in arguments)
            {
                // By position: a delegate's Invoke and the lambda it runs have parameters of their own. A default or a
                // params array has no written value of its own here.
                if (argument.Parameter?.Ordinal == parameter.Ordinal && argument.ArgumentKind == ArgumentKind.Explicit)
                {
                    value = argument.Value;
                    callerFlow = caller;
                    return true;
                }
            }

            return false;
        }

        private bool Entered(IMethodSymbol method)
        {
            foreach (var entered in methods)
            {
                if (SymbolEqualityComparer.Default.Equals(entered, method))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
