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
    /// CIO1011: remove an identifier that follows the first in a transactional request's <c>identifiers</c>, keeping the
    /// first. The analyzer offers the member only for that problem; the others have no fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveExtraIdentifierCodeFix))]
    [Shared]
    public sealed class RemoveExtraIdentifierCodeFix : SyntaxRewriteFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(TransactionalShapeRule.Id);

        protected override string Title => "Keep the first identifier";

        protected override string EquivalenceKey => "CIO1011.KeepFirstIdentifier";

        protected override bool CanFix(SyntaxNode target, Diagnostic diagnostic)
            => target is AnonymousObjectMemberDeclaratorSyntax
               || (target is AssignmentExpressionSyntax or InitializerExpressionSyntax && target.Parent is InitializerExpressionSyntax);

        protected override SyntaxNode ApplyFixes(SyntaxNode root, IReadOnlyDictionary<SyntaxNode, Diagnostic> targets)
            => root.RemoveNodes(targets.Keys.ToList(), SyntaxRemoveOptions.KeepTrailingTrivia | SyntaxRemoveOptions.KeepDirectives) ?? root;
    }
}
