using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// Whether a file declares a type, and a namespace, with a name the library lookups use (<see cref="LibrarySymbols"/>): read from the file's
    /// declarations once and kept with the tree, which outlives the compilation the IDE makes for every document it
    /// analyses (listing the source assembly's type names walked every declaration of the compilation each time).
    /// </summary>
    internal sealed class DeclaredNames
    {
        private static readonly ConditionalWeakTable<SyntaxTree, DeclaredNames> ByTree = new();

        private DeclaredNames(SyntaxTree tree)
        {
            Visit(tree.GetRoot());
        }

        public bool TypeLookedUp { get; private set; }

        public bool NamespaceLookedUp { get; private set; }

        public static DeclaredNames Of(SyntaxTree tree) => ByTree.GetValue(tree, t => new DeclaredNames(t));

        // Only namespaces and types hold type declarations: statements and member bodies are never entered.
        private void Visit(SyntaxNode container)
        {
            foreach (var child in container.ChildNodes())
            {
                switch (child)
                {
                    case BaseNamespaceDeclarationSyntax space:
                        NamespaceLookedUp |= NamespaceNameLookedUp(space.Name);
                        Visit(space);
                        break;
                    case BaseTypeDeclarationSyntax type:
                        TypeLookedUp |= LibrarySymbols.TypeNamesLookedUp.Contains(type.Identifier.ValueText);
                        Visit(type);
                        break;
                    case DelegateDeclarationSyntax callback:
                        TypeLookedUp |= LibrarySymbols.TypeNamesLookedUp.Contains(callback.Identifier.ValueText);
                        break;
                }
            }
        }

        private static bool NamespaceNameLookedUp(NameSyntax name) => name switch
        {
            QualifiedNameSyntax qualified => NamespaceNameLookedUp(qualified.Left) || NamespaceNameLookedUp(qualified.Right),
            SimpleNameSyntax simple => LibrarySymbols.NamespacesLookedUp.Contains(simple.Identifier.ValueText),
            AliasQualifiedNameSyntax alias => LibrarySymbols.NamespacesLookedUp.Contains(alias.Name.Identifier.ValueText),
            _ => false,
        };
    }
}
