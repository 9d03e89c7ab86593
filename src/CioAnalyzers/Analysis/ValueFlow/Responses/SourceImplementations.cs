using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// The bodies a call of an interface, abstract or virtual method may run, among the compilation's own types: the
    /// only ones value flow can read. Types are listed once per compilation, on first need.
    /// </summary>
    internal sealed class SourceImplementations
    {
        private readonly Compilation compilation;
        private ImmutableArray<INamedTypeSymbol> types;

        public SourceImplementations(Compilation compilation)
        {
            this.compilation = compilation;
        }

        /// <summary>True when another body than <paramref name="method"/>'s own may answer a call of it.</summary>
        public static bool IsDispatched(IMethodSymbol method)
            => method.ContainingType?.TypeKind == TypeKind.Interface || method.IsAbstract || method.IsVirtual
               || (method.IsOverride && !method.IsSealed && !method.ContainingType!.IsSealed);

        /// <summary>The non-abstract methods of the compilation that a call of <paramref name="method"/> may run (itself included).</summary>
        public ImmutableArray<IMethodSymbol> Of(IMethodSymbol method)
        {
            var found = ImmutableArray.CreateBuilder<IMethodSymbol>();
            if (!method.IsAbstract && method.ContainingType?.TypeKind != TypeKind.Interface)
            {
                found.Add(method);
            }

            foreach (var type in SourceTypes())
            {
                if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
                {
                    continue;
                }

                if (method.ContainingType?.TypeKind == TypeKind.Interface)
                {
                    // An implementation a base type holds is counted once, at that type; one in metadata is unreadable
                    // and kept so that the caller's question fails; an abstract or virtual one brings its overrides.
                    if (Implements(type, method.ContainingType) && type.FindImplementationForInterfaceMember(method) is IMethodSymbol implementation
                        && (SymbolEqualityComparer.Default.Equals(implementation.ContainingType, type) || implementation.DeclaringSyntaxReferences.IsEmpty))
                    {
                        found.AddRange(IsDispatched(implementation) ? Of(implementation) : ImmutableArray.Create(implementation));
                    }

                    continue;
                }

                foreach (var member in type.GetMembers(method.Name))
                {
                    if (member is IMethodSymbol { IsOverride: true, IsAbstract: false } candidate && Overrides(candidate, method))
                    {
                        found.Add(candidate);
                    }
                }
            }

            return found.ToImmutable();
        }

        private static bool Implements(INamedTypeSymbol type, INamedTypeSymbol face)
        {
            foreach (var implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, face.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Overrides(IMethodSymbol candidate, IMethodSymbol method)
        {
            for (var overridden = candidate.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
            {
                if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, method.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        private ImmutableArray<INamedTypeSymbol> SourceTypes()
        {
            if (types.IsDefault)
            {
                var all = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
                var pending = new Stack<INamespaceOrTypeSymbol>();
                pending.Push(compilation.Assembly.GlobalNamespace);
                while (pending.Count > 0)
                {
                    var current = pending.Pop();
                    if (current is INamespaceSymbol space)
                    {
                        foreach (var inner in space.GetNamespaceMembers())
                        {
                            pending.Push(inner);
                        }
                    }
                    else
                    {
                        all.Add((INamedTypeSymbol)current);
                    }

                    foreach (var nested in current.GetTypeMembers())
                    {
                        pending.Push(nested);
                    }
                }

                // Two threads may list the types at once: both lists are equal, either may win.
                types = all.ToImmutable();
            }

            return types;
        }
    }
}
