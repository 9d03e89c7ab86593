using System.Collections.Immutable;
using System.Composition;
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
    /// CIO2002: the key written in the source becomes
    /// <c>Environment.GetEnvironmentVariable("X") ?? throw new InvalidOperationException("X is not set")</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReadCredentialFromEnvironmentCodeFix))]
    [Shared]
    public sealed class ReadCredentialFromEnvironmentCodeFix : SyntaxRewriteFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(CredentialInSourceRule.Id);

        protected override string Title => "Read the credential from an environment variable";

        protected override string EquivalenceKey => "CIO2002.ReadFromEnvironment";

        protected override bool CanFix(SyntaxNode target, Diagnostic diagnostic)
            => target is LiteralExpressionSyntax && diagnostic.Properties.ContainsKey(CredentialInSourceRule.VariableProperty);

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic)
        {
            var variable = diagnostic.Properties[CredentialInSourceRule.VariableProperty] ?? string.Empty;
            var read = SyntaxFactory.InvocationExpression(
                SyntaxFactory.ParseExpression("System.Environment.GetEnvironmentVariable").WithAdditionalAnnotations(Simplifier.Annotation),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(
                    SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(variable))))));
            var exceptionType = SyntaxFactory.ParseTypeName("System.InvalidOperationException").WithAdditionalAnnotations(Simplifier.Annotation);
            var throwExpression = SyntaxFactory.ThrowExpression(
                SyntaxFactory.ObjectCreationExpression(exceptionType)
                    .WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(
                        SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(variable + " is not set")))))));
            ExpressionSyntax coalesce = SyntaxFactory.BinaryExpression(SyntaxKind.CoalesceExpression, read, throwExpression);
            if (ThrowWhenCredentialMissingCodeFix.NeedsParentheses(target))
            {
                coalesce = SyntaxFactory.ParenthesizedExpression(coalesce);
            }

            return coalesce.WithTriviaFrom(target).WithAdditionalAnnotations(Formatter.Annotation);
        }
    }
}
