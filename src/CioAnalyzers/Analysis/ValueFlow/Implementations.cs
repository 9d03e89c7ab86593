using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// The bodies a virtual, abstract or interface member may run: its own (when it has one) and every override or
    /// implementation declared in the compilation. Null when others may exist out of sight (see <see cref="ClosedWorld"/>).
    /// </summary>
    internal static class Implementations
    {
        public static ImmutableArray<ISymbol>? Of(ISymbol member, ImmutableArray<INamedTypeSymbol> sourceTypes, Compilation compilation)
        {
            // A generic owner's implementations may be made for other type arguments than the one this call names; a
            // library's type (object.ToString, an SDK's interface) has implementations in that library too.
            if (member.ContainingType is not { IsGenericType: false } owner || owner.DeclaringSyntaxReferences.IsEmpty
                || !ClosedWorld.Holds(owner, compilation))
            {
                return null;
            }

            var found = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            if (!member.IsAbstract && owner.TypeKind != TypeKind.Interface)
            {
                found.Add(member);
            }

            foreach (var type in sourceTypes)
            {
                if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
                {
                    continue;
                }

                if (owner.TypeKind == TypeKind.Interface)
                {
                    if (type.FindImplementationForInterfaceMember(member) is { IsAbstract: false } implementation)
                    {
                        found.Add(implementation);
                    }

                    continue;
                }

                foreach (var candidate in type.GetMembers(member.Name))
                {
                    if (!candidate.IsAbstract && Overrides(candidate, member))
                    {
                        found.Add(candidate);
                    }
                }
            }

            return found.Count == 0 ? null : found.ToImmutableArray();
        }

        /// <summary>The types declared in the compilation's own source, nested ones included.</summary>
        public static ImmutableArray<INamedTypeSymbol> SourceTypes(Compilation compilation)
        {
            var types = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(compilation.Assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                foreach (var member in pending.Pop().GetMembers())
                {
                    if (member is INamespaceSymbol ns)
                    {
                        pending.Push(ns);
                    }
                    else if (member is INamedTypeSymbol type)
                    {
                        types.Add(type);
                        pending.Push(type);
                    }
                }
            }

            return types.ToImmutable();
        }

        private static bool Overrides(ISymbol candidate, ISymbol member)
        {
            for (var current = Overridden(candidate); current is not null; current = Overridden(current))
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, member.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        private static ISymbol? Overridden(ISymbol symbol) => symbol switch
        {
            IMethodSymbol method => method.OverriddenMethod,
            IPropertySymbol property => property.OverriddenProperty,
            _ => null,
        };
    }
}
