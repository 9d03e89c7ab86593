using System.Collections.Immutable;
using System.Composition;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace CioAnalyzers.CodeFixes
{
    /// <summary>
    /// CIO1003: send the date's Unix seconds: <c>x.ToUnixTimeSeconds()</c> for a DateTimeOffset,
    /// <c>new DateTimeOffset(x).ToUnixTimeSeconds()</c> for a DateTime; a formatting call is replaced by the seconds of
    /// the date it formats.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SendDateAsUnixSecondsCodeFix))]
    [Shared]
    public sealed class SendDateAsUnixSecondsCodeFix : SyntaxRewriteFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DateNotUnixSecondsRule.Id);

        protected override string Title => "Send Unix seconds";

        protected override string EquivalenceKey => "CIO1003.SendUnixSeconds";

        protected override bool CanFix(SyntaxNode target, Diagnostic diagnostic) => target is ExpressionSyntax;

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic)
        {
            var expression = (ExpressionSyntax)target;
            var date = FormattedDate(expression) ?? expression;
            diagnostic.Properties.TryGetValue(DateNotUnixSecondsRule.DateTypeProperty, out var dateType);
            ExpressionSyntax offset = dateType == DateNotUnixSecondsRule.OffsetType
                ? Parenthesize(date.WithoutTrivia())
                : SyntaxFactory.ObjectCreationExpression(
                    SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                    SyntaxFactory.ParseTypeName("System." + DateNotUnixSecondsRule.OffsetType).WithAdditionalAnnotations(Simplifier.Annotation),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(date.WithoutTrivia()))),
                    null);
            return SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, offset, SyntaxFactory.IdentifierName("ToUnixTimeSeconds")))
                .WithTriviaFrom(target);
        }

        /// <summary>The receiver of <c>date.ToString(...)</c> and the like; null when the target is the date itself.</summary>
        private static ExpressionSyntax? FormattedDate(ExpressionSyntax target)
            => target is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Expression : null;

        private static ExpressionSyntax Parenthesize(ExpressionSyntax expression)
            => expression is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ParenthesizedExpressionSyntax
                or ElementAccessExpressionSyntax or ThisExpressionSyntax or ObjectCreationExpressionSyntax
                ? expression
                : SyntaxFactory.ParenthesizedExpression(expression);
    }
}
