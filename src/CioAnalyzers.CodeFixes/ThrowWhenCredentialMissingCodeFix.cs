using System.Collections.Immutable;
using System.Composition;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace CioAnalyzers.CodeFixes
{
    /// <summary>CIO2001: fail at the read, naming the missing setting: <c>read ?? throw new InvalidOperationException("X is not set")</c>.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ThrowWhenCredentialMissingCodeFix))]
    [Shared]
    public sealed class ThrowWhenCredentialMissingCodeFix : SyntaxRewriteFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(MaybeMissingCredentialRule.Id);

        protected override string Title => "Throw when the setting is missing";

        protected override string EquivalenceKey => "CIO2001.ThrowWhenMissing";

        protected override SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
        {
            // config["X"]! and config["X"] ?? "": the suppression or the empty fallback is replaced too.
            var read = base.FindTarget(root, diagnostic);
            return read?.Parent switch
            {
                PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression) => suppressed,
                BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression) && coalesce.Left == read => coalesce,
                _ => read,
            };
        }

        protected override bool CanFix(SyntaxNode target, Diagnostic diagnostic) => target is ExpressionSyntax;

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic)
        {
            // The read itself, inside the suppression or fallback that FindTarget widened the target to.
            var read = base.FindTarget(target.SyntaxTree.GetRoot(), diagnostic) as ExpressionSyntax ?? (ExpressionSyntax)target;

            diagnostic.Properties.TryGetValue(MaybeMissingCredentialRule.KeyProperty, out var key);
            var message = key is null ? "The Customer.io credential is not configured" : key + " is not set";
            var exceptionType = SyntaxFactory.ParseTypeName("System.InvalidOperationException").WithAdditionalAnnotations(Simplifier.Annotation);
            var throwExpression = SyntaxFactory.ThrowExpression(
                SyntaxFactory.ObjectCreationExpression(exceptionType)
                    .WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(
                        SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(message)))))));
            ExpressionSyntax coalesce = SyntaxFactory.BinaryExpression(
                SyntaxKind.CoalesceExpression,
                read.WithoutTrivia(),
                throwExpression);
            if (NeedsParentheses(target))
            {
                coalesce = SyntaxFactory.ParenthesizedExpression(coalesce);
            }

            return coalesce
                .WithTriviaFrom(target)
                .WithAdditionalAnnotations(Formatter.Annotation);
        }

        /// <summary>?? binds loosely: parenthesise unless the read stands alone as an argument, initializer or right-hand side.</summary>
        internal static bool NeedsParentheses(SyntaxNode target) => target.Parent switch
        {
            ArgumentSyntax or EqualsValueClauseSyntax or InterpolationSyntax or ArrowExpressionClauseSyntax
                or ReturnStatementSyntax or AnonymousObjectMemberDeclaratorSyntax or InitializerExpressionSyntax => false,
            AssignmentExpressionSyntax assignment => assignment.Right != target,
            ConditionalExpressionSyntax conditional => conditional.Condition == target,
            _ => true,
        };
    }
}
