using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.CodeFixes
{
    /// <summary>
    /// An anonymous object's member written without a name takes it from its expression (<c>new { DateTime.UtcNow }</c> is
    /// <c>UtcNow</c>). A fix that rewrites that expression into a call would leave a member with no name (CS0746) and
    /// change the JSON key: the member keeps its name, written out (<c>UtcNow = DateTime.UtcNow.ToLocalTime()</c>).
    /// </summary>
    internal static class AnonymousMemberNames
    {
        /// <summary>The unnamed member whose whole expression is <paramref name="target"/>, or null.</summary>
        public static AnonymousObjectMemberDeclaratorSyntax? UnnamedMemberOf(SyntaxNode target)
            => target.Parent is AnonymousObjectMemberDeclaratorSyntax { NameEquals: null } member && member.Expression == target && NameOf(member.Expression) is not null
                ? member
                : null;

        /// <summary>The member with <paramref name="rewritten"/> as its expression, named as before when the new expression would not give that name.</summary>
        public static AnonymousObjectMemberDeclaratorSyntax WithExpression(AnonymousObjectMemberDeclaratorSyntax member, SyntaxNode rewritten)
        {
            var expression = (ExpressionSyntax)rewritten;
            var name = NameOf(member.Expression)!;
            if (NameOf(expression) == name)
            {
                return member.WithExpression(expression);
            }

            var nameEquals = SyntaxFactory.NameEquals(
                    SyntaxFactory.IdentifierName(name).WithTrailingTrivia(SyntaxFactory.Space),
                    SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space))
                .WithLeadingTrivia(expression.GetLeadingTrivia());
            return member.WithNameEquals(nameEquals).WithExpression(expression.WithoutLeadingTrivia());
        }

        // The name C# infers for an unnamed member: the last identifier of a simple name or member access.
        private static string? NameOf(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
