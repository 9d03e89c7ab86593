using System.Collections.Immutable;
using System.Composition;
using CioAnalyzers.Model;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.CodeFixes
{
    /// <summary>
    /// CIO3004: append <c>.AddStandardResilienceHandler()</c> to a Customer.io client's registration. The analyzer names a
    /// fix target only when Microsoft.Extensions.Http.Resilience is referenced.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddResilienceHandlerCodeFix))]
    [Shared]
    public sealed class AddResilienceHandlerCodeFix : SyntaxRewriteFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(ClientWithoutRetriesAnalyzer.Id);

        protected override string Title => "Add the standard resilience handler";

        protected override string EquivalenceKey => "CIO3004.AddStandardResilienceHandler";

        protected override bool CanFix(SyntaxNode target, Diagnostic diagnostic) => target is InvocationExpressionSyntax;

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic)
        {
            var chain = (ExpressionSyntax)target;
            return SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(
                        SyntaxKind.SimpleMemberAccessExpression,
                        chain.WithoutTrailingTrivia(),
                        SyntaxFactory.IdentifierName(ResilienceHandlers.StandardResilienceHandler)))
                .WithTrailingTrivia(chain.GetTrailingTrivia());
        }
    }
}
