using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.Model.Ties
{
    /// <summary>
    /// What a name is set to, from syntax: a local's initializer and assignments in the member that declares it; else the
    /// initializer, expression body and assignments of the field or property of that name in the enclosing type. What
    /// the tie policy reads where a client's address is kept in a variable before it is given (see
    /// <see cref="ClientSourceText.AssignedApi"/>).
    /// </summary>
    internal static class AssignedValues
    {
        public static IEnumerable<ExpressionSyntax> Of(IdentifierNameSyntax name)
        {
            var text = name.Identifier.ValueText;
            var member = name.Ancestors().FirstOrDefault(a => a is MemberDeclarationSyntax && a is not BaseTypeDeclarationSyntax);
            var local = member?.DescendantNodes().OfType<VariableDeclaratorSyntax>()
                .FirstOrDefault(v => v.Identifier.ValueText == text && v.Parent?.Parent is LocalDeclarationStatementSyntax);
            if (local is not null)
            {
                return Values(local.Initializer?.Value, member!, text);
            }

            if (name.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type)
            {
                return Enumerable.Empty<ExpressionSyntax>();
            }

            foreach (var declared in type.Members)
            {
                switch (declared)
                {
                    case FieldDeclarationSyntax field when field.Declaration.Variables.FirstOrDefault(v => v.Identifier.ValueText == text) is { } variable:
                        return Values(variable.Initializer?.Value, type, text);
                    case PropertyDeclarationSyntax property when property.Identifier.ValueText == text:
                        return Values(property.Initializer?.Value ?? property.ExpressionBody?.Expression, type, text);
                }
            }

            return Enumerable.Empty<ExpressionSyntax>();
        }

        // The initializer, then each `name = value` or `this.name = value` under scope.
        private static IEnumerable<ExpressionSyntax> Values(ExpressionSyntax? initializer, SyntaxNode scope, string name)
        {
            if (initializer is not null)
            {
                yield return initializer;
            }

            foreach (var assignment in scope.DescendantNodes().OfType<AssignmentExpressionSyntax>())
            {
                if (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && NameOf(assignment.Left) == name)
                {
                    yield return assignment.Right;
                }
            }
        }

        private static string? NameOf(ExpressionSyntax target) => target switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } self => self.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
