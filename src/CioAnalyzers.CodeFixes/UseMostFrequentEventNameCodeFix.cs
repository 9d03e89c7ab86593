using System.Collections.Immutable;
using System.Composition;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.CodeFixes
{
    /// <summary>CIO1009: write the event name as its most frequent spelling. Only a string literal written in place is rewritten.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseMostFrequentEventNameCodeFix))]
    [Shared]
    public sealed class UseMostFrequentEventNameCodeFix : SyntaxRewriteFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(EventNameSpellingRule.Id);

        protected override string Title => "Use the event name's most frequent spelling";

        protected override string EquivalenceKey => "CIO1009.UseMostFrequentSpelling";

        protected override bool CanFix(SyntaxNode target, Diagnostic diagnostic)
            => target is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
               && diagnostic.Properties.TryGetValue(EventNameSpellingRule.SpellingProperty, out var spelling) && spelling is not null;

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic)
        {
            var spelling = diagnostic.Properties[EventNameSpellingRule.SpellingProperty]!;
            return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(spelling)).WithTriviaFrom(target);
        }
    }
}
