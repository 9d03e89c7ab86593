using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.Model
{
    /// <summary>Syntactic pre-filters: cheap text tests run before any binding.</summary>
    internal static class CustomerIoText
    {
        public const string DomainSuffix = ".customer.io";

        private static readonly ConditionalWeakTable<SyntaxTree, HostMentions> MentionsByTree = new();

        /// <summary>
        /// True when the text of any source file names a Customer.io host (comments included). Each tree is read
        /// once and remembered, so an IDE that changes one file rereads only that file.
        /// </summary>
        public static bool AnySourceMentionsHost(Compilation compilation, CancellationToken cancellationToken)
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

        /// <summary>
        /// Each string of the compilation that names a Customer.io host, with the API it names; only the files whose text
        /// names the domain are looked at.
        /// </summary>
        public static IEnumerable<(SyntaxToken Token, HttpApiKind Api)> HostStrings(Compilation compilation, CancellationToken cancellationToken)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                var positions = Mentions(tree, cancellationToken).Positions;
                if (positions.IsEmpty)
                {
                    continue;
                }

                var root = tree.GetRoot(cancellationToken);
                foreach (var position in positions)
                {
                    var token = root.FindToken(position);
                    var api = ApiOfString(token);
                    if (api != HttpApiKind.None)
                    {
                        yield return (token, api);
                    }
                }
            }
        }

        /// <summary>The API whose host the token names; None when it is not a string.</summary>
        private static HttpApiKind ApiOfString(SyntaxToken token)
        {
            var found = HttpApiKind.None;
            if (!IsStringToken(token))
            {
                return found;
            }

            foreach (var (name, api) in KnownHttpApi.Hosts)
            {
                if (api > found && token.ValueText.IndexOf("//" + name, System.StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    found = api;
                }
            }

            return found;
        }

        /// <summary>
        /// True when a string under <paramref name="node"/> holds an http(s) URL whose host is not Customer.io's, or is not
        /// constant (<c>$"https://{host}/"</c>): code that also talks to another service.
        /// </summary>
        public static bool NamesOtherHttpHost(SyntaxNode node)
        {
            foreach (var token in node.DescendantTokens())
            {
                if (!IsStringToken(token))
                {
                    continue;
                }

                var text = token.ValueText;
                for (var at = text.IndexOf(UrlText.SchemeSeparator, System.StringComparison.Ordinal); at >= 0;
                     at = text.IndexOf(UrlText.SchemeSeparator, at + UrlText.SchemeSeparator.Length, System.StringComparison.Ordinal))
                {
                    var hostStart = at + UrlText.SchemeSeparator.Length;
                    if (UrlText.IsHttpScheme(text, at) && KnownHttpApi.HostAt(text, hostStart, UrlText.HostEnd(text, hostStart) - hostStart) == HttpApiKind.None)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// True when code under <paramref name="node"/> (a type's declaration) sets a <c>BaseAddress</c> to a value that
        /// names no Customer.io host and reads no field of this type initialised with one:
        /// <c>BaseAddress = new Uri(configuration["Crm:Url"])</c> is another service's client.
        /// </summary>
        public static bool SetsOtherBaseAddress(SyntaxNode node)
        {
            foreach (var descendant in node.DescendantNodes())
            {
                if (descendant is AssignmentExpressionSyntax assignment && IsBaseAddressAssignment(assignment)
                    && MentionedApi(assignment.Right) == HttpApiKind.None
                    && !ReadsCustomerIoField(assignment.Right, node))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The Customer.io API whose host the lambda around <paramref name="node"/> gives a client as its BaseAddress, as in
        /// <c>services.AddHttpClient("cio", c =&gt; { c.BaseAddress = new Uri("https://track.customer.io/"); ... })</c>;
        /// None when that lambda sets no BaseAddress, or also one that names no Customer.io host.
        /// </summary>
        public static HttpApiKind BaseAddressApiOfEnclosingLambda(SyntaxNode node)
        {
            var lambda = node.FirstAncestorOrSelf<LambdaExpressionSyntax>();
            var found = HttpApiKind.None;
            foreach (var assignment in lambda?.DescendantNodes().OfType<AssignmentExpressionSyntax>() ?? Enumerable.Empty<AssignmentExpressionSyntax>())
            {
                if (!IsBaseAddressAssignment(assignment))
                {
                    continue;
                }

                var api = MentionedApi(assignment.Right);
                if (api == HttpApiKind.None)
                {
                    return HttpApiKind.None;
                }

                found = api > found ? api : found;
            }

            return found;
        }

        /// <summary>True when a name in <paramref name="value"/> is a field of <paramref name="type"/> initialised with a Customer.io host.</summary>
        private static bool ReadsCustomerIoField(SyntaxNode value, SyntaxNode type)
        {
            foreach (var name in value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                foreach (var declarator in type.DescendantNodes().OfType<VariableDeclaratorSyntax>())
                {
                    if (declarator.Parent?.Parent is FieldDeclarationSyntax && declarator.Initializer is { } initializer
                        && declarator.Identifier.ValueText == name.Identifier.ValueText && MentionedApi(initializer) != HttpApiKind.None)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// <c>client.BaseAddress = ...</c>, or <c>BaseAddress = ...</c> in an object initializer: where a client is given
        /// its host.
        /// </summary>
        public static bool IsBaseAddressAssignment(AssignmentExpressionSyntax assignment) => assignment.Left switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText == BaseAddressProperty,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText == BaseAddressProperty,
            _ => false,
        };

        private const string BaseAddressProperty = "BaseAddress";

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
            {
                var positions = ImmutableArray.CreateBuilder<int>();
                for (var at = text.IndexOf(DomainSuffix, System.StringComparison.OrdinalIgnoreCase); at >= 0;
                     at = text.IndexOf(DomainSuffix, at + DomainSuffix.Length, System.StringComparison.OrdinalIgnoreCase))
                {
                    positions.Add(at);
                }

                return new HostMentions(positions.ToImmutable());
            }
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
