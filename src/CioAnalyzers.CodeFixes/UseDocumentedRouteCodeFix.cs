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
    /// <summary>CIO3003: write the nearest documented route: its segments in the path text, or its method in the call's name or HttpMethod.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseDocumentedRouteCodeFix))]
    [Shared]
    public sealed class UseDocumentedRouteCodeFix : SyntaxRewriteFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(UndocumentedRouteRule.Id);

        protected override string Title => "Use the documented Customer.io route";

        protected override string EquivalenceKey => "CIO3003.UseDocumentedRoute";

        protected override bool CanFix(SyntaxNode target, Diagnostic diagnostic) => target switch
        {
            LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression) && Edited(literal.Token, diagnostic) is not null,
            InterpolatedStringTextSyntax text => text.Parent is { ContainsDiagnostics: false } && Edited(text.TextToken, diagnostic) is not null,
            IdentifierNameSyntax => diagnostic.Properties.ContainsKey(UndocumentedRouteRule.MethodNameProperty),
            _ => false,
        };

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic) => target switch
        {
            LiteralExpressionSyntax literal => literal.WithToken(Edited(literal.Token, diagnostic) ?? literal.Token),
            InterpolatedStringTextSyntax text => text.WithTextToken(Edited(text.TextToken, diagnostic) ?? text.TextToken),
            IdentifierNameSyntax name => name.WithIdentifier(SyntaxFactory.Identifier(
                name.Identifier.LeadingTrivia, diagnostic.Properties[UndocumentedRouteRule.MethodNameProperty]!, name.Identifier.TrailingTrivia)),
            _ => target,
        };

        /// <summary>
        /// The token with the reported segments replaced, where its source text writes its value as it is between its
        /// delimiters (no escape inside the value); null otherwise.
        /// </summary>
        private static SyntaxToken? Edited(SyntaxToken token, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(UndocumentedRouteRule.OldSegmentsProperty, out var old) || old is null
                || !diagnostic.Properties.TryGetValue(UndocumentedRouteRule.NewSegmentsProperty, out var replacement) || replacement is null)
            {
                return null;
            }

            var value = token.ValueText;
            var index = RouteText.IndexOfSegments(value, old);
            var start = token.Text.IndexOf(value, System.StringComparison.Ordinal);
            if (index < 0 || start < 0 || token.Text.IndexOf(value, start + 1, System.StringComparison.Ordinal) >= 0)
            {
                return null;
            }

            var newValue = value.Substring(0, index) + replacement + value.Substring(index + old.Length);
            var newText = token.Text.Substring(0, start) + newValue + token.Text.Substring(start + value.Length);
            return token.IsKind(SyntaxKind.InterpolatedStringTextToken)
                ? SyntaxFactory.Token(token.LeadingTrivia, SyntaxKind.InterpolatedStringTextToken, newText, newValue, token.TrailingTrivia)
                : SyntaxFactory.Literal(token.LeadingTrivia, newText, newValue, token.TrailingTrivia);
        }
    }
}
