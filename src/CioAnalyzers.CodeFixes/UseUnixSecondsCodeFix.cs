using System;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.CodeFixes
{
    /// <summary>CIO1001: produce seconds where milliseconds were produced.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseUnixSecondsCodeFix))]
    [Shared]
    public sealed class UseUnixSecondsCodeFix : SyntaxRewriteFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(UnixMillisecondsRule.Id);

        protected override string Title => "Send Unix seconds";

        protected override string EquivalenceKey => "CIO1001.UseUnixSeconds";

        protected override bool CanFix(SyntaxNode target, Diagnostic diagnostic) => Replace(target) is not null;

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic) => Replace(target) ?? target;

        private static SyntaxNode? Replace(SyntaxNode target)
        {
            switch (target)
            {
                // x.ToUnixTimeMilliseconds() / x?.ToUnixTimeMilliseconds()
                case InvocationExpressionSyntax invocation when LastName(invocation.Expression) is { Identifier.ValueText: "ToUnixTimeMilliseconds" } name:
                    return invocation.ReplaceNode(name, Renamed(name, "ToUnixTimeSeconds"));

                // (now - epoch).TotalMilliseconds
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "TotalMilliseconds" } access:
                    return access.WithName(Renamed(access.Name, "TotalSeconds"));

                // 1461866400000 -> 1461866400: the same instant in seconds.
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression):
                    return SecondsLiteral(literal);

                default:
                    return null;
            }
        }

        private static SimpleNameSyntax? LastName(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax access => access.Name,
            MemberBindingExpressionSyntax binding => binding.Name,
            _ => null,
        };

        private static SimpleNameSyntax Renamed(SimpleNameSyntax name, string newName)
            => name.WithIdentifier(SyntaxFactory.Identifier(name.Identifier.LeadingTrivia, newName, name.Identifier.TrailingTrivia));

        private static LiteralExpressionSyntax? SecondsLiteral(LiteralExpressionSyntax literal)
        {
            var token = literal.Token;
            var suffix = Suffix(token.Text);
            SyntaxToken replacement;
            switch (token.Value)
            {
                case long l:
                    replacement = SyntaxFactory.Literal(token.LeadingTrivia, (l / 1000).ToString(CultureInfo.InvariantCulture) + suffix, l / 1000, token.TrailingTrivia);
                    break;
                case ulong u:
                    replacement = SyntaxFactory.Literal(token.LeadingTrivia, (u / 1000).ToString(CultureInfo.InvariantCulture) + suffix, u / 1000, token.TrailingTrivia);
                    break;
                case double d:
                    var seconds = Math.Floor(d / 1000);
                    replacement = SyntaxFactory.Literal(token.LeadingTrivia, seconds.ToString("R", CultureInfo.InvariantCulture) + suffix, seconds, token.TrailingTrivia);
                    break;
                case decimal m:
                    var decimalSeconds = decimal.Floor(m / 1000);
                    replacement = SyntaxFactory.Literal(token.LeadingTrivia, decimalSeconds.ToString(CultureInfo.InvariantCulture) + suffix, decimalSeconds, token.TrailingTrivia);
                    break;
                default:
                    return null;
            }

            return literal.WithToken(replacement);
        }

        private static string Suffix(string text)
        {
            var end = text.Length;
            while (end > 0 && char.IsLetter(text[end - 1]) && !IsHexDigitInHexLiteral(text, end - 1))
            {
                end--;
            }

            return text.Substring(end);
        }

        private static bool IsHexDigitInHexLiteral(string text, int index)
            => text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && Uri.IsHexDigit(text[index]);
    }
}
