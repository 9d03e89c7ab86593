using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// What <see cref="TypeHostPlaces"/> asks of a host string's operation, told from its syntax: whether the code picks
    /// it at run time (a condition, a switch, a fallback, a collection), and whether it is a constant's own value.
    /// </summary>
    internal static class WrittenChoice
    {
        public static bool IsChosenAtRunTime(SyntaxNode node)
        {
            for (var current = node; current.Parent is { } parent; current = parent)
            {
                switch (parent)
                {
                    case BlockSyntax or ArrowExpressionClauseSyntax or AnonymousFunctionExpressionSyntax or MemberDeclarationSyntax:
                        return false;
                    case ConditionalExpressionSyntax or IfStatementSyntax or ElseClauseSyntax or SwitchExpressionSyntax or SwitchSectionSyntax
                        or CollectionExpressionSyntax:
                        return true;
                    case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.CoalesceExpression):
                        return true;
                    case InitializerExpressionSyntax initializer when !initializer.IsKind(SyntaxKind.ObjectInitializerExpression):
                        return true;
                    case AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax }:
                        return true;
                }
            }

            return false;
        }

        public static bool InitialisesConstant(SyntaxNode node)
            => node.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax field } } }
               && field.Modifiers.Any(m => m.IsKind(SyntaxKind.ConstKeyword));
    }
}
