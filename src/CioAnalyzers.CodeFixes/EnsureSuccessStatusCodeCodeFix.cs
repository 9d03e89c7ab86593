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
    /// CIO3002: <c>(await request).EnsureSuccessStatusCode()</c>, so that a failure status throws where the request is sent.
    /// An awaited response gets the call; a task that is not awaited is awaited first, and a member or lambda that only
    /// passed the task on as a plain <c>Task</c> becomes <c>async</c> (see <see cref="UnawaitedRequest"/>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EnsureSuccessStatusCodeCodeFix))]
    [Shared]
    public sealed class EnsureSuccessStatusCodeCodeFix : SyntaxRewriteFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(UncheckedResponseRule.Id);

        protected override string Title => "Call EnsureSuccessStatusCode";

        protected override string EquivalenceKey => "CIO3002.EnsureSuccessStatusCode";

        /// <summary>The awaited response the rule names; else, for a task that is not awaited, what awaiting it rewrites.</summary>
        protected override SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
            => base.FindTarget(root, diagnostic) ?? (IsWaitedOn(diagnostic) ? null : UnawaitedRequest.Find(root, diagnostic)?.Target);

        protected override bool CanFix(SyntaxNode target, Diagnostic diagnostic)
            => !diagnostic.Properties.ContainsKey(UncheckedResponseRule.NotAnHttpResponseMessageProperty)
               && (IsWaitedOn(diagnostic) ? IsBareWait(target)
                   : NamesTheResponse(diagnostic) ? target is AwaitExpressionSyntax or InvocationExpressionSyntax or MemberAccessExpressionSyntax
                   : UnawaitedRequest.Find(target, diagnostic)?.Target == target);

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic)
            => IsWaitedOn(diagnostic) && IsBareWait(target) ? ReadInsteadOfWait((InvocationExpressionSyntax)target)
                : NamesTheResponse(diagnostic) ? Checked((ExpressionSyntax)target)
                : UnawaitedRequest.Find(target, diagnostic)?.Rewrite() ?? target;

        private static bool IsWaitedOn(Diagnostic diagnostic) => diagnostic.Properties.ContainsKey(UncheckedResponseRule.WaitedOnProperty);

        private static bool IsBareWait(SyntaxNode target)
            => target is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Wait" }, ArgumentList.Arguments.Count: 0 };

        /// <summary>
        /// <c>task.Wait()</c> becomes <c>task.Result.EnsureSuccessStatusCode()</c>: it still blocks, and a failed request
        /// still throws an AggregateException, as Wait() did; only the status is now checked.
        /// </summary>
        private static ExpressionSyntax ReadInsteadOfWait(InvocationExpressionSyntax wait)
        {
            var task = ((MemberAccessExpressionSyntax)wait.Expression).Expression;
            var result = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, task.WithoutTrivia(), SyntaxFactory.IdentifierName("Result"));
            return Checked(result.WithTriviaFrom(wait));
        }

        /// <summary>The rule names the response itself (an await, a synchronous send) when it can be checked as it is.</summary>
        private static bool NamesTheResponse(Diagnostic diagnostic) => diagnostic.AdditionalLocations.Count > DiagnosticLocations.FixTarget;

        /// <summary><c>(response).EnsureSuccessStatusCode()</c> with the trivia of <paramref name="response"/>.</summary>
        internal static ExpressionSyntax Checked(ExpressionSyntax response)
        {
            var bare = response.WithoutTrivia();
            if (bare is AwaitExpressionSyntax)
            {
                bare = SyntaxFactory.ParenthesizedExpression(bare);
            }

            return SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, bare, SyntaxFactory.IdentifierName("EnsureSuccessStatusCode")))
                .WithTriviaFrom(response);
        }
    }
}
