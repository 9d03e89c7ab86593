using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using CioAnalyzers.Model;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace CioAnalyzers.CodeFixes
{
    /// <summary>
    /// CIO2005: an App API header's scheme becomes <c>Bearer</c>; a Track API header becomes
    /// <c>Basic base64("{siteId}:{apiKey}")</c> when the analyzer knows both values.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FixAuthorizationCodeFix))]
    [Shared]
    public sealed class FixAuthorizationCodeFix : SyntaxRewriteFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(MalformedAuthorizationRule.Id);

        protected override string Title => "Use the Customer.io API's authorization scheme";

        protected override string EquivalenceKey => "CIO2005.FixAuthorization";

        protected override bool CanFix(SyntaxNode target, Diagnostic diagnostic)
            => diagnostic.Properties.TryGetValue(MalformedAuthorizationRule.FixProperty, out var fix) && fix switch
            {
                MalformedAuthorizationRule.UseBearer => target is LiteralExpressionSyntax or InterpolatedStringTextSyntax,
                MalformedAuthorizationRule.UseBasicPair => target is ExpressionSyntax && Parses(diagnostic, MalformedAuthorizationRule.SiteIdProperty)
                    && Parses(diagnostic, MalformedAuthorizationRule.ApiKeyProperty)
                    && (IsText(diagnostic) || target is BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 2 }),
                _ => false,
            };

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic)
            => diagnostic.Properties[MalformedAuthorizationRule.FixProperty] == MalformedAuthorizationRule.UseBearer
                ? WithBearer(target)
                : WithBasicPair((ExpressionSyntax)target, diagnostic);

        /// <summary>The scheme at the start of the text becomes Bearer; the rest of the text is kept as written.</summary>
        private static SyntaxNode WithBearer(SyntaxNode target)
        {
            if (target is LiteralExpressionSyntax literal)
            {
                var value = literal.Token.ValueText;
                var replaced = AuthorizationSchemes.Bearer + value.Substring(SchemeLength(value));
                return literal.WithToken(SyntaxFactory.Literal(replaced).WithTriviaFrom(literal.Token));
            }

            // Interpolated text: the scheme is letters, the same in the source as in the value.
            var text = (InterpolatedStringTextSyntax)target;
            var token = text.TextToken;
            var newText = AuthorizationSchemes.Bearer + token.Text.Substring(SchemeLength(token.Text));
            var newValue = AuthorizationSchemes.Bearer + token.ValueText.Substring(SchemeLength(token.ValueText));
            return text.WithTextToken(SyntaxFactory.Token(token.LeadingTrivia, SyntaxKind.InterpolatedStringTextToken, newText, newValue, token.TrailingTrivia));
        }

        private static int SchemeLength(string text)
        {
            var length = 0;
            while (length < text.Length && char.IsLetter(text[length]))
            {
                length++;
            }

            return length;
        }

        private static SyntaxNode WithBasicPair(ExpressionSyntax target, Diagnostic diagnostic)
        {
            var siteId = InHole(diagnostic.Properties[MalformedAuthorizationRule.SiteIdProperty]!);
            var apiKey = InHole(diagnostic.Properties[MalformedAuthorizationRule.ApiKeyProperty]!);
            var pair = SyntaxFactory.ParseExpression($"$\"{{{siteId}}}:{{{apiKey}}}\"");
            var getBytes = SyntaxFactory.InvocationExpression(
                SyntaxFactory.ParseExpression("System.Text.Encoding.ASCII.GetBytes").WithAdditionalAnnotations(Simplifier.Annotation),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(pair))));
            var encoded = SyntaxFactory.InvocationExpression(
                SyntaxFactory.ParseExpression("System.Convert.ToBase64String").WithAdditionalAnnotations(Simplifier.Annotation),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(getBytes))));
            var scheme = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(AuthorizationSchemes.Basic));
            if (IsText(diagnostic))
            {
                var text = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(AuthorizationSchemes.Basic + " "));
                return SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, text, encoded)
                    .WithTriviaFrom(target).WithAdditionalAnnotations(Formatter.Annotation);
            }

            var creation = (BaseObjectCreationExpressionSyntax)target;
            var arguments = creation.ArgumentList!.Arguments;
            var newArguments = SyntaxFactory.SeparatedList(
                new[]
                {
                    arguments[0].WithExpression(scheme.WithTriviaFrom(arguments[0].Expression)),
                    arguments[1].WithExpression(encoded.WithTriviaFrom(arguments[1].Expression)),
                },
                arguments.GetSeparators());
            return creation.WithArgumentList(creation.ArgumentList.WithArguments(newArguments));
        }

        /// <summary>
        /// A ':' token in an interpolation hole starts its format: an expression with one (a conditional, an alias
        /// qualifier) goes in parentheses; a ':' inside a string literal is no token of its own.
        /// </summary>
        private static string InHole(string expression)
            => SyntaxFactory.ParseExpression(expression).DescendantTokens()
                .Any(t => t.IsKind(SyntaxKind.ColonToken) || t.IsKind(SyntaxKind.ColonColonToken) || t.IsKind(SyntaxKind.QuestionToken))
                ? "(" + expression + ")"
                : expression;

        private static bool IsText(Diagnostic diagnostic)
            => diagnostic.Properties.TryGetValue(MalformedAuthorizationRule.TextProperty, out var text) && text == "true";

        /// <summary>The expression property holds one expression that parses cleanly.</summary>
        private static bool Parses(Diagnostic diagnostic, string property)
            => diagnostic.Properties.TryGetValue(property, out var text) && !string.IsNullOrWhiteSpace(text)
               && !SyntaxFactory.ParseExpression(text!).ContainsDiagnostics;
    }
}
