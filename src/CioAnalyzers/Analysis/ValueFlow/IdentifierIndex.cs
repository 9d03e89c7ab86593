using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Whether a file's text names an identifier, and whether it declares a using alias: remembered with the tree, which
    /// outlives the compilation (the IDE makes a new compilation per edit and keeps the unchanged trees), so that a search
    /// for a type's constructions reads only the files that name the type. Each name is looked up in the text once, as a
    /// whole word: a mention in a comment or a string is a harmless extra file to read, and reading the text costs far
    /// less than listing every token of every file.
    /// </summary>
    internal sealed class IdentifierIndex
    {
        private static readonly ConditionalWeakTable<SyntaxTree, IdentifierIndex> ByTree = new();

        private readonly SyntaxTree tree;
        private readonly ConcurrentDictionary<string, bool> named = new(System.StringComparer.Ordinal);
        private readonly System.Lazy<bool> hasAlias;

        private IdentifierIndex(SyntaxTree tree)
        {
            this.tree = tree;
            hasAlias = new(() => tree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                .OfType<UsingDirectiveSyntax>().Any(u => u.Alias is not null), System.Threading.LazyThreadSafetyMode.PublicationOnly);
        }

        /// <summary>True when the file declares a using alias, which may name any type otherwise.</summary>
        public bool HasAlias => hasAlias.Value;

        public static IdentifierIndex Of(SyntaxTree tree) => ByTree.GetValue(tree, t => new IdentifierIndex(t));

        public bool Names(string identifier) => named.GetOrAdd(identifier, name => WholeWordIn(tree.GetText().ToString(), name));

        private static bool WholeWordIn(string text, string word)
        {
            for (var at = text.IndexOf(word, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, System.StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if ((at == 0 || !IsIdentifierPart(text[at - 1])) && (end == text.Length || !IsIdentifierPart(text[end])))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';
    }
}
