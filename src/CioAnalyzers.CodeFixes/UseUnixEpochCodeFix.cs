using System.Collections.Immutable;
using System.Composition;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.CodeFixes
{
    /// <summary>CIO1004 on Unix seconds computed in the project: write the epoch on the UTC clock (<c>DateTime.UnixEpoch</c>, or <c>DateTimeKind.Utc</c> added).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseUnixEpochCodeFix))]
    [Shared]
    public sealed class UseUnixEpochCodeFix : SyntaxRewriteFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(UtcDateTimeRule.Id);

        protected override string Title => "Use the Unix epoch in UTC";

        protected override string EquivalenceKey => "CIO1004.UseUtcEpoch";

        protected override bool CanFix(SyntaxNode target, Diagnostic diagnostic)
            => target is ExpressionSyntax && diagnostic.Properties.TryGetValue(UtcDateTimeRule.EpochReplacementProperty, out var replacement) && !string.IsNullOrEmpty(replacement);

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic)
            => SyntaxFactory.ParseExpression(diagnostic.Properties[UtcDateTimeRule.EpochReplacementProperty]!).WithTriviaFrom(target);
    }
}
