using System.Collections.Immutable;
using System.Composition;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.CodeFixes
{
    /// <summary>CIO1004: send the same instant as a local DateTime, <c>value.ToLocalTime()</c>, which the library converts correctly.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConvertToLocalTimeCodeFix))]
    [Shared]
    public sealed class ConvertToLocalTimeCodeFix : SyntaxRewriteFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(UtcDateTimeRule.Id);

        protected override string Title => "Convert to local time";

        protected override string EquivalenceKey => "CIO1004.ToLocalTime";

        /// <summary>Not for Unix seconds computed in the project: their fix writes another epoch (<see cref="UseUnixEpochCodeFix"/>).</summary>
        protected override bool CanFix(SyntaxNode target, Diagnostic diagnostic)
            => target is ExpressionSyntax and not ConditionalAccessExpressionSyntax && !diagnostic.Properties.ContainsKey(UtcDateTimeRule.EpochReplacementProperty);

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic)
        {
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
    }
}
