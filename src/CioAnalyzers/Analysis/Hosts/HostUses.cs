using System.Collections.Generic;
using System.Threading;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// The places of one document that may use a Customer.io host, found from its text and bound one by one: string
    /// literals (and interpolated text) where the domain is written, and references to constants whose names
    /// <see cref="HostConstantNames"/> lists. Each comes with the type whose code holds it.
    /// </summary>
    internal static class HostUses
    {
        public static List<(INamedTypeSymbol Type, IOperation Operation)> In(SemanticModel model, HostConstantNames constants, TextSpan? within, CancellationToken cancellationToken)
        {
            var found = new List<(INamedTypeSymbol, IOperation)>();
            var tree = model.SyntaxTree;
            var root = tree.GetRoot(cancellationToken);
            foreach (var token in HostText.StringsMentioningDomain(tree, cancellationToken))
            {
                if (Contains(within, token))
                {
                    Add(found, model, token.Parent, cancellationToken);
                }
            }

            found.AddRange(ConstantReferencesIn(model, constants, within, cancellationToken));
            return found;
        }

        /// <summary>The references of the document to constants whose names may hold a host, bound.</summary>
        public static List<(INamedTypeSymbol Type, IOperation Operation)> ConstantReferencesIn(SemanticModel model, HostConstantNames constants, TextSpan? within, CancellationToken cancellationToken)
        {
            var found = new List<(INamedTypeSymbol, IOperation)>();
            var root = model.SyntaxTree.GetRoot(cancellationToken);
            foreach (var position in constants.MentionsIn(model.SyntaxTree, cancellationToken))
            {
                var token = root.FindToken(position);
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.Span.Contains(position) && token.Parent is IdentifierNameSyntax name && Contains(within, token))
                {
                    // TrackApiHosts.EU is bound as a whole; EU alone after using static.
                    var reference = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : (ExpressionSyntax)name;
                    Add(found, model, reference, cancellationToken);
                }
            }

            return found;
        }

        /// <summary>The type whose code holds <paramref name="node"/>: its declaration names it without binding; top-level code has none.</summary>
        public static INamedTypeSymbol? TypeAround(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
        {
            var declaration = node.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>();
            return declaration is null
                ? model.GetEnclosingSymbol(node.SpanStart, cancellationToken)?.ContainingType
                : model.GetDeclaredSymbol(declaration, cancellationToken);
        }

        private static bool Contains(TextSpan? within, SyntaxToken token) => within is not { } span || span.Contains(token.Span);

        private static void Add(List<(INamedTypeSymbol, IOperation)> found, SemanticModel model, SyntaxNode? node, CancellationToken cancellationToken)
        {
            var operation = node is null ? null : model.GetOperation(node, cancellationToken);
            if (operation is IInterpolatedStringTextOperation text)
            {
                operation = text.Text;
            }

            if (operation is not (ILiteralOperation or IFieldReferenceOperation) || node is null)
            {
                return;
            }

            if (TypeAround(model, node, cancellationToken) is { } type)
            {
                found.Add((type, operation));
            }
        }
    }
}
