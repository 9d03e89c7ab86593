using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model
{
    /// <summary>Turns the data of <see cref="KnownSdks"/> into the symbols of one compilation.</summary>
    internal static class SdkTypeResolver
    {
        public static IEnumerable<INamedTypeSymbol> Resolve(Compilation compilation, string @namespace, string typeName, bool includeSubNamespaces)
        {
            // A library that is not referenced has no namespace: checking that first spares a lookup across
            // every referenced assembly, which is most of the cost in compilations that never use Customer.io.
            var root = FindNamespace(compilation.GlobalNamespace, @namespace);
            if (root is null)
            {
                return Enumerable.Empty<INamedTypeSymbol>();
            }

            return includeSubNamespaces ? TypesNamed(root, typeName) : root.GetTypeMembers(typeName, 0);
        }

        /// <summary>
        /// The parameters named <paramref name="parameter"/> of every overload, or the property, which may be declared
        /// on a base type (<c>ApiKey</c> on the options types' common base).
        /// </summary>
        public static IEnumerable<ISymbol> ElementSymbols(INamedTypeSymbol type, string member, string? parameter, string? unlessParameter = null)
        {
            if (parameter is null)
            {
                for (var declaring = type; declaring is not null; declaring = declaring.BaseType)
                {
                    var properties = declaring.GetMembers(member).OfType<IPropertySymbol>().ToList();
                    if (properties.Count > 0)
                    {
                        return properties;
                    }
                }

                return Enumerable.Empty<ISymbol>();
            }

            IEnumerable<IMethodSymbol> methods = member == SdkElement.Constructor
                ? type.InstanceConstructors
                : type.GetMembers(member).OfType<IMethodSymbol>();
            return methods
                .Where(m => unlessParameter is null || !m.Parameters.Any(p => p.Name == unlessParameter))
                .SelectMany(m => m.Parameters)
                .Where(p => p.Name == parameter);
        }

        private static INamespaceSymbol? FindNamespace(INamespaceSymbol global, string dotted)
        {
            INamespaceSymbol? current = global;
            foreach (var part in dotted.Split('.'))
            {
                // By name: listing every child of the global namespace merges the children of every referenced
                // assembly, and each compilation (the IDE makes one per request) merges them afresh.
                current = current?.GetMembers(part).OfType<INamespaceSymbol>().FirstOrDefault();
            }

            return current;
        }

        private static IEnumerable<INamedTypeSymbol> TypesNamed(INamespaceSymbol ns, string typeName)
        {
            foreach (var type in ns.GetTypeMembers(typeName))
            {
                yield return type;
            }

            foreach (var child in ns.GetNamespaceMembers())
            {
                foreach (var type in TypesNamed(child, typeName))
                {
                    yield return type;
                }
            }
        }
    }
}
