using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// The identifiers a file's code writes, and whether it declares a using alias: read once per file and remembered with
    /// the tree, which outlives the compilation (the IDE makes a new compilation per edit and keeps the unchanged trees), so
    /// that a search for a type's constructions reads only the files that name the type.
    /// </summary>
    internal sealed class IdentifierIndex
    {
        private static readonly ConditionalWeakTable<SyntaxTree, IdentifierIndex> ByTree = new();

        private readonly HashSet<string> names;

        private IdentifierIndex(SyntaxTree tree)
        {
            var root = tree.GetRoot();
            names = new HashSet<string>(
                root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText),
                StringComparer.Ordinal);
            HasAlias = root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                .OfType<UsingDirectiveSyntax>().Any(u => u.Alias is not null);
        }

        /// <summary>True when the file declares a using alias, which may name any type otherwise.</summary>
        public bool HasAlias { get; }

        public static IdentifierIndex Of(SyntaxTree tree) => ByTree.GetValue(tree, t => new IdentifierIndex(t));

        public bool Names(string identifier) => names.Contains(identifier);
    }
}
