using System.Collections.Immutable;
using System.Composition;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.CodeFixes
{
    /// <summary>CIO3002: <c>(await request).EnsureSuccessStatusCode()</c>, so that a failure status throws where the request is sent.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EnsureSuccessStatusCodeCodeFix))]
    [Shared]
    public sealed class EnsureSuccessStatusCodeCodeFix : SyntaxRewriteFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(UncheckedResponseRule.Id);

        protected override string Title => "Call EnsureSuccessStatusCode";

        protected override string EquivalenceKey => "CIO3002.EnsureSuccessStatusCode";

        protected override bool CanFix(SyntaxNode target, Diagnostic diagnostic) => target is AwaitExpressionSyntax or InvocationExpressionSyntax;

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic)
        {
            var response = (ExpressionSyntax)target.WithoutTrivia();
            if (response is AwaitExpressionSyntax)
            {
                response = SyntaxFactory.ParenthesizedExpression(response);
            }

            return SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, response, SyntaxFactory.IdentifierName("EnsureSuccessStatusCode")))
                .WithTriviaFrom(target);
        }
    }
}
