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
    /// CIO1004: send the same instant as a local DateTime, <c>value.ToLocalTime()</c>, which the library converts correctly;
    /// for Unix seconds computed in the project, write the epoch on the UTC clock the diagnostic names
    /// (<c>DateTime.UnixEpoch</c>, or <c>DateTimeKind.Utc</c> added).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConvertToLocalTimeCodeFix))]
    [Shared]
    public sealed class ConvertToLocalTimeCodeFix : SyntaxRewriteFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(UtcDateTimeRule.Id);

        protected override string Title => "Convert to local time";

        protected override string EquivalenceKey => "CIO1004.ToLocalTime";

        private const string EpochTitle = "Use the Unix epoch in UTC";

        private const string EpochEquivalenceKey = "CIO1004.UseUtcEpoch";

        protected override string TitleFor(Diagnostic diagnostic) => Epoch(diagnostic) is null ? Title : EpochTitle;

        protected override string EquivalenceKeyFor(Diagnostic diagnostic) => Epoch(diagnostic) is null ? EquivalenceKey : EpochEquivalenceKey;

        protected override bool CanFix(SyntaxNode target, Diagnostic diagnostic)
            => Epoch(diagnostic) is not null ? target is ExpressionSyntax : target is ExpressionSyntax and not ConditionalAccessExpressionSyntax;

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic)
        {
            if (Epoch(diagnostic) is { } epoch)
            {
                return SyntaxFactory.ParseExpression(epoch).WithTriviaFrom(target);
            }

            var value = ((ExpressionSyntax)target).WithoutTrivia();
            if (value is not (IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ParenthesizedExpressionSyntax
                or ElementAccessExpressionSyntax or ObjectCreationExpressionSyntax))
            {
                value = SyntaxFactory.ParenthesizedExpression(value);
            }

            return SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, value, SyntaxFactory.IdentifierName("ToLocalTime")))
                .WithTriviaFrom(target);
        }

        /// <summary>The epoch to write, for Unix seconds computed in the project; null for a value sent to a library.</summary>
        private static string? Epoch(Diagnostic diagnostic)
            => diagnostic.Properties.TryGetValue(UtcDateTimeRule.EpochReplacementProperty, out var epoch) && !string.IsNullOrEmpty(epoch) ? epoch : null;
    }
}
