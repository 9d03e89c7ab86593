using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.Model
{
    /// <summary>The constant field declarations of one file, found where its text says <c>const</c>.</summary>
    internal sealed class SourceConstants
    {
        private const string ConstKeyword = "const";

        private static readonly ConditionalWeakTable<SyntaxTree, SourceConstants> ByTree = new();

        private SourceConstants(ImmutableArray<SourceConstant> declarations)
        {
            Declarations = declarations;
        }

        public ImmutableArray<SourceConstant> Declarations { get; }

        /// <summary>The file's declarations, found once per file.</summary>
        public static ImmutableArray<SourceConstant> In(SyntaxTree tree, CancellationToken cancellationToken)
            => ByTree.GetValue(tree, t => Find(t, cancellationToken)).Declarations;

        private static SourceConstants Find(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var text = tree.GetText(cancellationToken).ToString();
            var root = tree.GetRoot(cancellationToken);
            var found = ImmutableArray.CreateBuilder<SourceConstant>();
            for (var at = text.IndexOf(ConstKeyword, StringComparison.Ordinal); at >= 0; at = text.IndexOf(ConstKeyword, at + ConstKeyword.Length, StringComparison.Ordinal))
            {
                var token = root.FindToken(at);
                if (token.IsKind(SyntaxKind.ConstKeyword) && token.SpanStart == at && token.Parent is FieldDeclarationSyntax field)
                {
                    foreach (var variable in field.Declaration.Variables)
                    {
                        // Unfinished code (const Track = ...) has a declarator without a name: nothing refers to it.
                        if (variable.Initializer is { } initializer && variable.Identifier.ValueText.Length > 0)
                        {
                            found.Add(new SourceConstant(variable.Identifier.ValueText, initializer.Value, HostText.AnyMentionIn(initializer, cancellationToken)));
                        }
                    }
                }
            }

            return new SourceConstants(found.ToImmutable());
        }
    }

    /// <summary>A string constant's declaration: its name, and what its initializer names.</summary>
    internal sealed class SourceConstant
    {
        public SourceConstant(string name, ExpressionSyntax value, bool namesHost)
        {
            Name = name;
            NamesHost = namesHost;
            Identifiers = namesHost
                ? Array.Empty<string>()
                : value.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText).ToArray();
            // One literal's hosts are its value's; text joined from pieces might form any host.
            DataCenters = !namesHost ? DataCenterSet.None
                : value is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? DataCenterSets.Of(literal.Token.ValueText)
                : DataCenterSet.Any;
        }

        public string Name { get; }

        /// <summary>True when the initializer's own text names the domain.</summary>
        public bool NamesHost { get; }

        /// <summary>The data centres of the hosts the initializer's own text names.</summary>
        public DataCenterSet DataCenters { get; }

        /// <summary>The names of other constants the initializer is made of.</summary>
        public string[] Identifiers { get; }
    }
}
