using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// The bodies a call of an interface, abstract or virtual method may run, among the compilation's own types: the
    /// only ones value flow can read. Types are indexed once per compilation, on first need, and each answer is kept.
    /// </summary>
    internal sealed class SourceImplementations
    {
        private readonly Compilation compilation;
        private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>> answers = new(SymbolEqualityComparer.Default);
        private TypeIndex? index;

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
            => answers.TryGetValue(method, out var known) ? known : answers.GetOrAdd(method, Find);

        private ImmutableArray<IMethodSymbol> Find(IMethodSymbol method)
        {
            var found = ImmutableArray.CreateBuilder<IMethodSymbol>();
            if (!method.IsAbstract && method.ContainingType?.TypeKind != TypeKind.Interface)
            {
                found.Add(method);
            }

            var index = Index();
            if (method.ContainingType is { TypeKind: TypeKind.Interface } face)
            {
                // An implementation a base type holds is counted once, at that type; one in metadata is unreadable
                // and kept so that the caller's question fails; an abstract or virtual one brings its overrides.
                foreach (var type in index.Implementers.TryGetValue(face.OriginalDefinition, out var implementers) ? implementers : new List<INamedTypeSymbol>())
                {
                    if (type.FindImplementationForInterfaceMember(method) is IMethodSymbol implementation
                        && (SymbolEqualityComparer.Default.Equals(implementation.ContainingType, type) || implementation.DeclaringSyntaxReferences.IsEmpty))
                    {
                        found.AddRange(IsDispatched(implementation) ? Of(implementation) : ImmutableArray.Create(implementation));
                    }
                }

                return found.ToImmutable();
            }

            foreach (var candidate in index.Overrides.TryGetValue(method.Name, out var overrides) ? overrides : new List<IMethodSymbol>())
            {
                if (Overrides(candidate, method))
                {
                    found.Add(candidate);
                }
            }

            return found.ToImmutable();
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

        /// <summary>
        /// The compilation's classes and structs by the interfaces they implement, and its overriding methods by name:
        /// listed once, so that each question reads only the types it concerns (a large code base asks thousands).
        /// </summary>
        private TypeIndex Index()
        {
            if (index is { } known)
            {
                return known;
            }

            var implementers = new Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>(SymbolEqualityComparer.Default);
            var overrides = new Dictionary<string, List<IMethodSymbol>>(System.StringComparer.Ordinal);
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
                else if (current is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type)
                {
                    foreach (var face in type.AllInterfaces)
                    {
                        Add(implementers, face.OriginalDefinition, type);
                    }

                    foreach (var member in type.GetMembers())
                    {
                        if (member is IMethodSymbol { IsOverride: true, IsAbstract: false } overriding)
                        {
                            Add(overrides, overriding.Name, overriding);
                        }
                    }
                }

                foreach (var nested in current.GetTypeMembers())
                {
                    pending.Push(nested);
                }
            }

            // Two threads may list the types at once: both indexes are equal, either may win.
            var built = new TypeIndex(implementers, overrides);
            index = built;
            return built;
        }

        private sealed class TypeIndex
        {
            public TypeIndex(Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> implementers, Dictionary<string, List<IMethodSymbol>> overrides)
            {
                Implementers = implementers;
                Overrides = overrides;
            }

            public Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> Implementers { get; }

            public Dictionary<string, List<IMethodSymbol>> Overrides { get; }
        }

        private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> lists, TKey key, TValue value)
            where TKey : notnull
        {
            if (!lists.TryGetValue(key, out var list))
            {
                lists.Add(key, list = new List<TValue>());
            }

            list.Add(value);
        }
    }
}
