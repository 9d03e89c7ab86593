using System.Collections.Immutable;
using System.Composition;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace CioAnalyzers.CodeFixes
{
    /// <summary>CIO3001: <c>Uri.EscapeDataString(value)</c> around the value, or in place of the wrong encoder's call.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EscapePathSegmentCodeFix))]
    [Shared]
    public sealed class EscapePathSegmentCodeFix : SyntaxRewriteFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(UnescapedPathSegmentRule.Id);

        protected override string Title => "Escape with Uri.EscapeDataString";

        protected override string EquivalenceKey => "CIO3001.EscapeDataString";

        protected override bool CanFix(SyntaxNode target, Diagnostic diagnostic)
            => ReplacesEncoder(diagnostic)
                ? target is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 }
                : target is ExpressionSyntax;

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic)
        {
            var value = ReplacesEncoder(diagnostic)
                ? ((InvocationExpressionSyntax)target).ArgumentList.Arguments[0].Expression
                : (ExpressionSyntax)target;
            var escape = SyntaxFactory.ParseExpression("System.Uri.EscapeDataString").WithAdditionalAnnotations(Simplifier.Annotation);
            return SyntaxFactory.InvocationExpression(
                    escape,
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(value.WithoutTrivia()))))
                .WithTriviaFrom(target);
        }

        private static bool ReplacesEncoder(Diagnostic diagnostic)
            => diagnostic.Properties.ContainsKey(UnescapedPathSegmentRule.ReplaceEncoderProperty);
    }
}
