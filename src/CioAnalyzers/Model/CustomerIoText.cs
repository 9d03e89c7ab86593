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

        /// <summary>The Customer.io API whose host a string under <paramref name="node"/> names (see <see cref="HttpApiKind"/> for ties).</summary>
        public static HttpApiKind MentionedApi(SyntaxNode node)
        {
            var found = HttpApiKind.None;
            foreach (var token in node.DescendantTokens())
            {
                if (!IsStringToken(token) || token.ValueText.IndexOf(DomainSuffix, System.StringComparison.OrdinalIgnoreCase) < 0)
                {
                    continue;
                }

                foreach (var host in KnownHttpApi.Hosts)
                {
                    if (token.ValueText.IndexOf("//" + host.Key, System.StringComparison.OrdinalIgnoreCase) >= 0 && host.Value > found)
                    {
                        found = host.Value;
                    }
                }
            }

            return found;
        }

        private static bool IsStringToken(SyntaxToken token)
        {
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.InterpolatedStringTextToken:
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                case SyntaxKind.Utf8StringLiteralToken:
                    return true;
                default:
                    return false;
            }
        }
    }
}
