using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model.Configuration
{
    /// <summary>Turns parsed entries into the symbols of one compilation; what does not resolve is a problem.</summary>
    internal static class ApiFileResolver
    {
        /// <summary>
        /// The symbols an id names. A wrapper is usually in the project's own source: its type is found in the source
        /// assembly and its members matched by id, sparing the search through every referenced assembly's namespaces
        /// that resolving from the global namespace makes (in each compilation: the IDE makes one per request).
        /// </summary>
        private static ImmutableArray<ISymbol> Find(Compilation compilation, string id)
        {
            if (DeclarationId.TrySplit(id, out var owner, out _) && compilation.Assembly.GetTypeByMetadataName(owner) is { } type)
            {
                var matches = type.GetMembers().Where(m => m.Kind == (id[0] == 'M' ? SymbolKind.Method : SymbolKind.Property) && DocumentationCommentId.CreateDeclarationId(m) == id).ToImmutableArray();
                if (!matches.IsEmpty)
                {
                    return matches;
                }
            }

            return DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation);
        }

        public static void Resolve(Compilation compilation, IEnumerable<ApiFileEntry> entries, List<KeyValuePair<ISymbol, ApiRole>> roles, List<ApiFileProblem> problems)
        {
            foreach (var entry in entries)
            {
                var symbols = Find(compilation, entry.DocumentationId);
                if (symbols.IsDefaultOrEmpty)
                {
                    problems.Add(new ApiFileProblem(entry.Location, $"'{entry.DocumentationId}' does not resolve to a method or property of this compilation or its references"));
                    continue;
                }

                foreach (var symbol in symbols)
                {
                    switch (symbol)
                    {
                        case IMethodSymbol method when entry.Parameter is { } name:
                            var parameter = method.Parameters.FirstOrDefault(p => p.Name == name);
                            if (parameter is null)
                            {
                                var names = method.Parameters.IsEmpty ? "it has none" : "it has " + string.Join(", ", method.Parameters.Select(p => p.Name));
                                problems.Add(new ApiFileProblem(entry.Location, $"'{entry.DocumentationId}' has no parameter named '{name}': {names}"));
                            }
                            else
                            {
                                roles.Add(new KeyValuePair<ISymbol, ApiRole>(parameter, entry.Role));
                            }

                            break;

                        case IPropertySymbol property:
                            roles.Add(new KeyValuePair<ISymbol, ApiRole>(property, entry.Role));
                            break;

                        default:
                            problems.Add(new ApiFileProblem(entry.Location, $"'{entry.DocumentationId}' is not a method or property"));
                            break;
                    }
                }
            }
        }
    }
}
