using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.CodeFixes
{
    /// <summary>
    /// CIO1002: remove an empty <c>id</c> member from a body whose URL already names the person. The analyzer
    /// offers the member's location only in that case; for other empty identifiers there is no correct
    /// replacement to guess, so no fix is registered.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveEmptyIdentifierCodeFix))]
    [Shared]
    public sealed class RemoveEmptyIdentifierCodeFix : SyntaxRewriteFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(EmptyCustomerIdentifierRule.Id);

        protected override string Title => "Remove the empty id member";

        protected override string EquivalenceKey => "CIO1002.RemoveEmptyId";

        protected override SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
        {
            var member = base.FindTarget(root, diagnostic);
            return member?.Parent is ExpressionStatementSyntax statement ? statement : member;
        }

        protected override bool CanFix(SyntaxNode target, Diagnostic diagnostic)
            => target is AnonymousObjectMemberDeclaratorSyntax or ExpressionStatementSyntax
               || (target is AssignmentExpressionSyntax && target.Parent is InitializerExpressionSyntax);

        protected override SyntaxNode ApplyFixes(SyntaxNode root, IReadOnlyDictionary<SyntaxNode, Diagnostic> targets)
            => root.RemoveNodes(targets.Keys.ToList(), SyntaxRemoveOptions.KeepNoTrivia | SyntaxRemoveOptions.KeepDirectives) ?? root;
    }
}
