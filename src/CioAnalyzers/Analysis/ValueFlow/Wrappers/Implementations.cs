using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// The bodies in this compilation that a call of an interface, abstract or virtual method may run. Another assembly
    /// may add more; an inferred wrapper is followed through them only when they all agree (see <see cref="WrapperSummaries"/>).
    /// </summary>
    internal static class Implementations
    {
        public static ImmutableArray<IMethodSymbol> Of(Compilation compilation, IMethodSymbol method)
        {
            var type = method.ContainingType;
            if (type.IsGenericType)
            {
                // A generic interface's implementations implement a constructed member: matching them is not sure.
                return ImmutableArray<IMethodSymbol>.Empty;
            }

            var found = ImmutableArray.CreateBuilder<IMethodSymbol>();
            var explicitSuffix = "." + method.Name;
            foreach (var symbol in compilation.GetSymbolsWithName(n => n == method.Name || n.EndsWith(explicitSuffix, StringComparison.Ordinal), SymbolFilter.Member))
            {
                if (symbol is not IMethodSymbol { IsAbstract: false } candidate || candidate.ContainingType.TypeKind == TypeKind.Interface)
                {
                    continue;
                }

                if (type.TypeKind == TypeKind.Interface ? Implements(candidate, method) : Overrides(candidate, method))
                {
                    found.Add(candidate);
                }
            }

            return found.ToImmutable();
        }

        private static bool Implements(IMethodSymbol candidate, IMethodSymbol member)
            => SymbolEqualityComparer.Default.Equals(candidate.ContainingType.FindImplementationForInterfaceMember(member), candidate);

        private static bool Overrides(IMethodSymbol candidate, IMethodSymbol member)
        {
            for (var method = candidate; method is not null; method = method.OverriddenMethod)
            {
                if (SymbolEqualityComparer.Default.Equals(method.OriginalDefinition, member))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
