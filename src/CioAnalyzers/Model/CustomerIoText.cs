using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CioAnalyzers.Model
{
    /// <summary>Syntactic pre-filters: cheap text tests run before any binding.</summary>
    internal static class CustomerIoText
    {
        public const string DomainSuffix = ".customer.io";

        private static readonly ConditionalWeakTable<SyntaxTree, StrongBox<bool>> TreesMentioningHost = new();

        /// <summary>
        /// True when the text of any source file names a Customer.io host (comments included). Each tree is read
        /// once and remembered, so an IDE that changes one file rereads only that file.
        /// </summary>
        public static bool AnySourceMentionsHost(Compilation compilation, CancellationToken cancellationToken)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (TreesMentioningHost.GetValue(tree, t => new StrongBox<bool>(TextMentionsHost(t, cancellationToken))).Value)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool TextMentionsHost(SyntaxTree tree, CancellationToken cancellationToken)
            => tree.GetText(cancellationToken).ToString().IndexOf(DomainSuffix, System.StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>True when a string token under <paramref name="node"/> names a Customer.io host.</summary>
        public static bool MentionsHost(SyntaxNode node)
        {
            foreach (var token in node.DescendantTokens())
            {
                switch (token.Kind())
                {
                    case SyntaxKind.StringLiteralToken:
                    case SyntaxKind.InterpolatedStringTextToken:
                    case SyntaxKind.SingleLineRawStringLiteralToken:
                    case SyntaxKind.MultiLineRawStringLiteralToken:
                    case SyntaxKind.Utf8StringLiteralToken:
                        if (token.ValueText.IndexOf(DomainSuffix, System.StringComparison.OrdinalIgnoreCase) >= 0)
                        {
                            return true;
                        }

                        break;
                }
            }

            return false;
        }
    }
}
