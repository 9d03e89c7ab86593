using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.CodeFixes
{
    /// <summary>
    /// The shared mechanism of every fix: each diagnostic names one node (the additional location
    /// <see cref="DiagnosticLocations.FixTarget"/>) and the fix rewrites that node. One fix and fix-all run the same code; fix-all rewrites each
    /// distinct node once, so diagnostics that share a node cannot produce conflicting edits.
    /// </summary>
    public abstract class SyntaxRewriteFixer : CodeFixProvider
    {
        private readonly FixAll fixAll;

        protected SyntaxRewriteFixer()
        {
            fixAll = new FixAll(this);
        }

        /// <summary>The title of the code action, also shown by <c>dotnet format</c>.</summary>
        protected abstract string Title { get; }

        /// <summary>Stable across versions: IDEs and fix-all group actions by it.</summary>
        protected abstract string EquivalenceKey { get; }

        /// <summary>
        /// The title of one diagnostic's action: a rule has one fixer (<c>dotnet format</c> runs only the first for an id),
        /// which may repair its diagnostics in more than one way.
        /// </summary>
        protected virtual string TitleFor(Diagnostic diagnostic) => Title;

        /// <summary>The equivalence key of one diagnostic's action, stable like <see cref="EquivalenceKey"/>.</summary>
        protected virtual string EquivalenceKeyFor(Diagnostic diagnostic) => EquivalenceKey;

        public sealed override FixAllProvider GetFixAllProvider() => fixAll;

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var target = FindTarget(root, diagnostic);
                if (target is null || !Applies(target, diagnostic))
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(TitleFor(diagnostic), ct => ApplyAsync(context.Document, new[] { diagnostic }, ct), EquivalenceKeyFor(diagnostic)),
                    diagnostic);
            }
        }

        /// <summary>The node this diagnostic's fix rewrites, or null when there is no fix.</summary>
        protected virtual SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
        {
            if (diagnostic.AdditionalLocations.Count <= DiagnosticLocations.FixTarget)
            {
                return null;
            }

            var location = diagnostic.AdditionalLocations[DiagnosticLocations.FixTarget];
            if (location.SourceTree != root.SyntaxTree)
            {
                return null;
            }

            return root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        }

        /// <summary>True when the target can be rewritten; the fix is registered only then.</summary>
        protected abstract bool CanFix(SyntaxNode target, Diagnostic diagnostic);

        /// <summary>
        /// Code the parser could not read is never rewritten: a rebuilt node drops its syntax errors, and the code would
        /// then fail in other ways.
        /// </summary>
        private bool Applies(SyntaxNode target, Diagnostic diagnostic) => !target.ContainsDiagnostics && CanFix(target, diagnostic);

        /// <summary>The replacement of one target (used by the default <see cref="ApplyFixes"/>).</summary>
        protected virtual SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic) => target;

        /// <summary>
        /// Applies the fixes of distinct, non-nested targets to the root. A target that is an anonymous object's unnamed
        /// member is replaced with its member, which keeps its name (see <see cref="AnonymousMemberNames"/>).
        /// </summary>
        protected virtual SyntaxNode ApplyFixes(SyntaxNode root, IReadOnlyDictionary<SyntaxNode, Diagnostic> targets)
        {
            var byReplaced = targets.Keys.ToDictionary(t => (SyntaxNode?)AnonymousMemberNames.UnnamedMemberOf(t) ?? t, t => t);
            return root.ReplaceNodes(byReplaced.Keys, (original, _) =>
            {
                var target = byReplaced[original];
                var rewritten = Rewrite(target, targets[target]);
                return original is AnonymousObjectMemberDeclaratorSyntax member && original != target
                    ? AnonymousMemberNames.WithExpression(member, rewritten)
                    : rewritten;
            });
        }

        private async Task<Document> ApplyAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var replacements = new Dictionary<SyntaxNode, Diagnostic>();
            foreach (var diagnostic in diagnostics)
            {
                var target = FindTarget(root, diagnostic);
                if (target is not null && !replacements.ContainsKey(target) && Applies(target, diagnostic))
                {
                    replacements.Add(target, diagnostic);
                }
            }

            // A target inside another target would be lost when the outer one is rewritten: keep the outer one only.
            var outermost = replacements
                .Where(pair => !replacements.Keys.Any(other => other != pair.Key && other.Span.Contains(pair.Key.Span)))
                .ToDictionary(pair => pair.Key, pair => pair.Value);
            return document.WithSyntaxRoot(ApplyFixes(root, outermost));
        }

        private sealed class FixAll : DocumentBasedFixAllProvider
        {
            private readonly SyntaxRewriteFixer owner;

            public FixAll(SyntaxRewriteFixer owner)
            {
                this.owner = owner;
            }

            protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
                => await owner.ApplyAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
        }
    }
}
