using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace CioAnalyzers.CodeFixes
{
    /// <summary>
    /// Gives a JSON key the name its diagnostic carries: renames an anonymous member or a string key, or adds the name
    /// attribute the serialiser reads to a property (<c>[JsonPropertyName("created_at")]</c>, <c>[JsonProperty("created_at")]</c>).
    /// </summary>
    public abstract class RenameKeyFixer : SyntaxRewriteFixer
    {
        /// <summary>The diagnostic property that holds the name the key should have.</summary>
        protected abstract string NameProperty { get; }

        /// <summary>The diagnostic property that holds the name attribute to add to a property (full name without "Attribute").</summary>
        protected abstract string NameAttributeProperty { get; }

        /// <summary>An anonymous member without a name (<c>new { user.Email }</c>) spans exactly its expression: take the member.</summary>
        protected sealed override SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
        {
            var target = base.FindTarget(root, diagnostic);
            return target?.Parent is AnonymousObjectMemberDeclaratorSyntax member && member.Span == target.Span ? member : target;
        }

        protected sealed override bool CanFix(SyntaxNode target, Diagnostic diagnostic)
            => KeyName(diagnostic) is not null && target switch
            {
                AnonymousObjectMemberDeclaratorSyntax => true,
                LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression),
                PropertyDeclarationSyntax => NameAttribute(diagnostic) is not null,
                _ => false,
            };

        protected sealed override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic)
        {
            var name = KeyName(diagnostic)!;
            switch (target)
            {
                case AnonymousObjectMemberDeclaratorSyntax { NameEquals: { } nameEquals } member:
                    return member.WithNameEquals(nameEquals.WithName(nameEquals.Name.WithIdentifier(
                        SyntaxFactory.Identifier(nameEquals.Name.Identifier.LeadingTrivia, name, nameEquals.Name.Identifier.TrailingTrivia))));

                case AnonymousObjectMemberDeclaratorSyntax member:
                    return member.WithNameEquals(SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(name)).WithLeadingTrivia(member.GetLeadingTrivia()))
                        .WithExpression(member.Expression.WithoutLeadingTrivia());

                case LiteralExpressionSyntax literal:
                    return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name)).WithTriviaFrom(literal);

                case PropertyDeclarationSyntax property:
                    return AddNameAttribute(property, NameAttribute(diagnostic)!, name);

                default:
                    return target;
            }
        }

        /// <summary>A new attribute list before the property, on its own line, indented like it.</summary>
        private static PropertyDeclarationSyntax AddNameAttribute(PropertyDeclarationSyntax property, string attributeName, string name)
        {
            var attribute = SyntaxFactory.Attribute(
                SyntaxFactory.ParseName(attributeName).WithAdditionalAnnotations(Simplifier.Annotation),
                SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(
                    SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name))))));
            var leading = property.GetLeadingTrivia();
            var indentation = leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia) ? leading[leading.Count - 1] : default;
            var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute))
                .WithLeadingTrivia(leading)
                .WithTrailingTrivia(EndOfLine(property));
            var rest = property.WithoutLeadingTrivia();
            if (rest.AttributeLists.Count > 0)
            {
                rest = rest.WithAttributeLists(rest.AttributeLists.Replace(rest.AttributeLists[0], rest.AttributeLists[0].WithLeadingTrivia(indentation)));
            }
            else
            {
                rest = rest.WithLeadingTrivia(indentation);
            }

            return rest.WithAttributeLists(rest.AttributeLists.Insert(0, list));
        }

        /// <summary>The file's own line ending, found after the property's last token (or anywhere in the file).</summary>
        private static SyntaxTrivia EndOfLine(SyntaxNode property)
        {
            foreach (var trivia in property.GetTrailingTrivia())
            {
                if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return trivia;
                }
            }

            foreach (var trivia in property.SyntaxTree.GetRoot().DescendantTrivia())
            {
                if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return trivia;
                }
            }

            return SyntaxFactory.ElasticCarriageReturnLineFeed;
        }

        private string? KeyName(Diagnostic diagnostic)
            => diagnostic.Properties.TryGetValue(NameProperty, out var name) ? name : null;

        private string? NameAttribute(Diagnostic diagnostic)
            => diagnostic.Properties.TryGetValue(NameAttributeProperty, out var name) ? name : null;
    }
}
