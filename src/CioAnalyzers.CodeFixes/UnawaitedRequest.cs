using System.Linq;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.CodeFixes
{
    /// <summary>
    /// A CIO3002 request whose task is not awaited, in a form where awaiting it keeps the code's meaning apart from the
    /// check: the task is dropped (<c>_ = request;</c>, a statement, the body of an async member) in an async function,
    /// or it is all a function returning <c>Task</c> gives back (<c>Task X() =&gt; request</c>, a lambda's body, its only
    /// and last <c>return</c>), and that function can become <c>async</c>. Anything else (a <c>Task</c> stored in a local
    /// or a list, fire-and-forget in a synchronous method) has no fix: where to await it is the author's choice.
    /// </summary>
    internal sealed class UnawaitedRequest
    {
        private readonly InvocationExpressionSyntax call;
        private readonly SyntaxNode? function;

        private UnawaitedRequest(InvocationExpressionSyntax call, SyntaxNode? function)
        {
            this.call = call;
            this.function = function;
        }

        /// <summary>The node the fix replaces: the call, or the function that becomes async.</summary>
        public SyntaxNode Target => function ?? call;

        /// <summary>The unawaited request the diagnostic names inside <paramref name="scope"/>, when it can be awaited.</summary>
        public static UnawaitedRequest? Find(SyntaxNode scope, Diagnostic diagnostic)
        {
            var span = diagnostic.Location.SourceSpan;
            if (diagnostic.Location.SourceTree != scope.SyntaxTree || !scope.FullSpan.Contains(span)
                || scope.FindNode(span, getInnermostNodeForTie: true) is not InvocationExpressionSyntax call
                || call.Span != span)
            {
                return null;
            }

            var enclosing = EnclosingFunction(call);
            if (enclosing is null || call.Ancestors().TakeWhile(a => a != enclosing).Any(CannotAwaitIn))
            {
                return null;
            }

            if (IsAsync(enclosing))
            {
                return IsDropped(call, enclosing) ? new UnawaitedRequest(call, null) : null;
            }

            return IsPassedOnAsTask(diagnostic) && IsAllItReturns(call, enclosing) && CanBecomeAsync(enclosing) ? new UnawaitedRequest(call, enclosing) : null;
        }

        public SyntaxNode Rewrite()
        {
            var awaited = EnsureSuccessStatusCodeCodeFix.Checked(Awaited(call));
            if (function is null)
            {
                return awaited;
            }

            var body = call.Parent is ReturnStatementSyntax returned
                ? function.ReplaceNode(returned, SyntaxFactory.ExpressionStatement(awaited.WithoutTrivia()).WithTriviaFrom(returned))
                : function.ReplaceNode(call, awaited);
            return WithAsync(body);
        }

        /// <summary><c>await request</c>, with the request's trivia outside.</summary>
        private static ExpressionSyntax Awaited(ExpressionSyntax request)
            => SyntaxFactory.AwaitExpression(SyntaxFactory.Token(SyntaxKind.AwaitKeyword).WithTrailingTrivia(SyntaxFactory.Space), request.WithoutTrivia())
                .WithTriviaFrom(request);

        private static SyntaxNode? EnclosingFunction(SyntaxNode node)
            => node.Ancestors().FirstOrDefault(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax
                or AccessorDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax or GlobalStatementSyntax
                or FieldDeclarationSyntax or EventFieldDeclarationSyntax or ParameterSyntax or AttributeSyntax);

        /// <summary>Where the language forbids await even in an async function.</summary>
        private static bool CannotAwaitIn(SyntaxNode node)
            => node is LockStatementSyntax or QueryExpressionSyntax or UnsafeStatementSyntax;

        private static bool IsAsync(SyntaxNode function) => function switch
        {
            AnonymousFunctionExpressionSyntax lambda => lambda.Modifiers.Any(SyntaxKind.AsyncKeyword),
            LocalFunctionStatementSyntax local => local.Modifiers.Any(SyntaxKind.AsyncKeyword),
            MethodDeclarationSyntax method => method.Modifiers.Any(SyntaxKind.AsyncKeyword),
            GlobalStatementSyntax => true, // top-level statements await freely
            _ => false,
        };

        /// <summary>The task's value is thrown away: a statement, a discard, the expression body of an async function.</summary>
        private static bool IsDropped(InvocationExpressionSyntax call, SyntaxNode function) => call.Parent switch
        {
            ExpressionStatementSyntax => true,
            AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.Text: "_" }, Parent: ExpressionStatementSyntax } assignment => assignment.Right == call,
            ArrowExpressionClauseSyntax arrow => arrow.Parent == function,
            AnonymousFunctionExpressionSyntax lambda => lambda == function && lambda.Body == call,
            _ => false,
        };

        /// <summary>The task is the whole expression body, or the only and last return of a block body.</summary>
        private static bool IsAllItReturns(InvocationExpressionSyntax call, SyntaxNode function)
        {
            switch (call.Parent)
            {
                case ArrowExpressionClauseSyntax arrow:
                    return arrow.Parent == function && function is MethodDeclarationSyntax or LocalFunctionStatementSyntax;
                case AnonymousFunctionExpressionSyntax lambda:
                    return lambda == function && lambda.Body == call;
                case ReturnStatementSyntax { Parent: BlockSyntax block } returned:
                    return block.Parent == function
                        && block.Statements.LastOrDefault() == returned
                        && block.DescendantNodes(n => n == block || !IsFunction(n)).OfType<ReturnStatementSyntax>().Count() == 1;
                default:
                    return false;
            }
        }

        /// <summary>What the function returns is the task (not a value a void method or an Action drops).</summary>
        private static bool IsPassedOnAsTask(Diagnostic diagnostic)
            => diagnostic.Properties.TryGetValue(UncheckedResponseRule.PassedOnAsTaskProperty, out var value) && value == "true";

        private static bool IsFunction(SyntaxNode node) => node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax;

        /// <summary>Methods, local functions and lambdas can be async unless a parameter is passed by reference.</summary>
        private static bool CanBecomeAsync(SyntaxNode function)
        {
            var parameters = function switch
            {
                MethodDeclarationSyntax method => method.ParameterList.Parameters,
                LocalFunctionStatementSyntax local => local.ParameterList.Parameters,
                ParenthesizedLambdaExpressionSyntax lambda => lambda.ParameterList.Parameters,
                SimpleLambdaExpressionSyntax lambda => SyntaxFactory.SingletonSeparatedList(lambda.Parameter),
                _ => default(SeparatedSyntaxList<ParameterSyntax>?),
            };
            return parameters is { } list && list.All(p => p.Modifiers.All(m => m.IsKind(SyntaxKind.ThisKeyword) || m.IsKind(SyntaxKind.ParamsKeyword)));
        }

        /// <summary>Adds <c>async</c> after the modifiers, or before the first token with that token's leading trivia.</summary>
        private static SyntaxNode WithAsync(SyntaxNode function)
        {
            var async = SyntaxFactory.Token(SyntaxKind.AsyncKeyword).WithTrailingTrivia(SyntaxFactory.Space);
            switch (function)
            {
                case MethodDeclarationSyntax method:
                    return method.Modifiers.Count > 0
                        ? method.AddModifiers(async)
                        : method.WithReturnType(method.ReturnType.WithoutLeadingTrivia())
                            .WithModifiers(SyntaxFactory.TokenList(async.WithLeadingTrivia(method.ReturnType.GetLeadingTrivia())));
                case LocalFunctionStatementSyntax local:
                    return local.Modifiers.Count > 0
                        ? local.AddModifiers(async)
                        : local.WithReturnType(local.ReturnType.WithoutLeadingTrivia())
                            .WithModifiers(SyntaxFactory.TokenList(async.WithLeadingTrivia(local.ReturnType.GetLeadingTrivia())));
                case LambdaExpressionSyntax lambda when lambda.Modifiers.Count > 0:
                    return lambda.WithModifiers(lambda.Modifiers.Add(async));
                case LambdaExpressionSyntax lambda:
                    var first = lambda.GetFirstToken();
                    return lambda.ReplaceToken(first, first.WithLeadingTrivia())
                        .WithModifiers(SyntaxFactory.TokenList(async.WithLeadingTrivia(first.LeadingTrivia)));
                default:
                    return function;
            }
        }
    }
}
