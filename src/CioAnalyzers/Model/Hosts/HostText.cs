using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// The cheap text gate run before any binding: where a file's text names a Customer.io host, and which API a
    /// string names. Each tree is read once.
    /// </summary>
    internal static class HostText
    {
        public const string DomainSuffix = ".customer.io";

        private static readonly ConditionalWeakTable<SyntaxTree, HostMentions> MentionsByTree = new();

        /// <summary>
        /// True when the text of any source file names a Customer.io host (comments included). Each tree is read
        /// once and remembered, so an IDE that changes one file rereads only that file.
        /// </summary>
        public static bool AnySourceMentionsHost(Compilation compilation, CancellationToken cancellationToken)
            => SourceMentionsHost.GetValue(SourceSet.Of(compilation), _ => AnyMentionsHost(compilation, cancellationToken)) is true;

        private static readonly ConditionalWeakTable<SourceSet, object> SourceMentionsHost = new();

        private static object AnyMentionsHost(Compilation compilation, CancellationToken cancellationToken)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (!Mentions(tree, cancellationToken).Positions.IsEmpty)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The Customer.io API whose host a string under <paramref name="node"/> names (see <see cref="HttpApiKind"/> for ties).
        /// Only the places where the file's text names the domain are looked at, not every token of the node.
        /// </summary>
        public static HttpApiKind MentionedApi(SyntaxNode node, CancellationToken cancellationToken = default)
        {
            var found = HttpApiKind.None;
            foreach (var position in Mentions(node.SyntaxTree, cancellationToken).Positions)
            {
                if (!node.Span.Contains(position))
                {
                    continue;
                }

                var api = ApiOfString(node.FindToken(position));
                if (api > found)
                {
                    found = api;
                }
            }

            return found;
        }

        /// <summary>True when strings under <paramref name="node"/> name hosts of two different Customer.io APIs.</summary>
        public static bool NamesSeveralApis(SyntaxNode node, CancellationToken cancellationToken = default)
        {
            var first = HttpApiKind.None;
            foreach (var position in Mentions(node.SyntaxTree, cancellationToken).Positions)
            {
                if (!node.Span.Contains(position))
                {
                    continue;
                }

                var api = ApiOfString(node.FindToken(position));
                if (api == HttpApiKind.None || api == first)
                {
                    continue;
                }

                if (first != HttpApiKind.None)
                {
                    return true;
                }

                first = api;
            }

            return false;
        }

        /// <summary>
        /// Each string of the compilation that names a Customer.io host, with the API it names; only the files whose text
        /// names the domain are looked at.
        /// </summary>
        public static IEnumerable<(SyntaxToken Token, HttpApiKind Api)> HostStrings(SyntaxTree tree, CancellationToken cancellationToken)
        {
            foreach (var token in StringsMentioningDomain(tree, cancellationToken))
            {
                var api = ApiOfString(token);
                if (api != HttpApiKind.None)
                {
                    yield return (token, api);
                }
            }
        }

        /// <summary>Each string token of the file whose text names the Customer.io domain, once, in text order.</summary>
        public static IEnumerable<SyntaxToken> StringsMentioningDomain(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var positions = Mentions(tree, cancellationToken).Positions;
            if (positions.IsEmpty)
            {
                yield break;
            }

            var root = tree.GetRoot(cancellationToken);
            var previous = default(SyntaxToken);
            foreach (var position in positions)
            {
                var token = root.FindToken(position);
                if (token != previous && IsStringToken(token))
                {
                    yield return token;
                }

                previous = token;
            }
        }

        /// <summary>The API whose host the token names; None when it is not a string.</summary>
        private static HttpApiKind ApiOfString(SyntaxToken token)
            => IsStringToken(token) ? HostScanner.ApiNamedIn(token.ValueText) : HttpApiKind.None;

        /// <summary>True when the text under <paramref name="node"/> names the Customer.io domain somewhere.</summary>
        public static bool AnyMentionIn(SyntaxNode node, CancellationToken cancellationToken)
        {
            foreach (var position in Mentions(node.SyntaxTree, cancellationToken).Positions)
            {
                if (node.Span.Contains(position))
                {
                    return true;
                }
            }

            return false;
        }

        private static HostMentions Mentions(SyntaxTree tree, CancellationToken cancellationToken)
            => MentionsByTree.GetValue(tree, t => HostMentions.Find(t.GetText(cancellationToken).ToString()));

        /// <summary>Where a file's text names the Customer.io domain.</summary>
        private sealed class HostMentions
        {
            private HostMentions(ImmutableArray<int> positions)
            {
                Positions = positions;
            }

            public ImmutableArray<int> Positions { get; }

            public static HostMentions Find(string text)
                => new(TextPositions.Of(text, DomainSuffix, System.StringComparison.OrdinalIgnoreCase));
        }

        public static bool IsStringToken(SyntaxToken token)
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
