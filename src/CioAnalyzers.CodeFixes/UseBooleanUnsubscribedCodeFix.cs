using System.Collections.Immutable;
using System.Composition;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.CodeFixes
{
    /// <summary>
    /// CIO1007: replace a string literal sent as <c>unsubscribed</c> by the boolean it means ("yes" becomes true). The
    /// analyzer offers the literal only when its meaning is clear and a boolean compiles in its place.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseBooleanUnsubscribedCodeFix))]
    [Shared]
    public sealed class UseBooleanUnsubscribedCodeFix : SyntaxRewriteFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(UnsubscribedStringRule.Id);

        protected override string Title => "Send a boolean";

        protected override string EquivalenceKey => "CIO1007.UseBoolean";

        protected override bool CanFix(SyntaxNode target, Diagnostic diagnostic)
            => target is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
               && diagnostic.Properties.TryGetValue(UnsubscribedStringRule.BooleanProperty, out var value) && value is "true" or "false";

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic)
        {
            var kind = diagnostic.Properties[UnsubscribedStringRule.BooleanProperty] == "true"
                ? SyntaxKind.TrueLiteralExpression
                : SyntaxKind.FalseLiteralExpression;
            return SyntaxFactory.LiteralExpression(kind).WithTriviaFrom(target);
        }
    }
}
