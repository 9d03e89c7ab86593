using System.Linq;
using CioAnalyzers.Model.Settings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.Model.Ties
{
    /// <summary>
    /// What a type's or a lambda's source says about the client it configures: other hosts it names, the BaseAddress it
    /// sets. The syntax half of the tie policy (see <see cref="TiePolicy"/> and decision 0003).
    /// </summary>
    internal static class ClientSourceText
    {
        /// <summary>
        /// True when a string under <paramref name="node"/> holds an http(s) URL whose host is not Customer.io's, or is not
        /// constant (<c>$"https://{host}/"</c>): code that also talks to another service.
        /// </summary>
        public static bool NamesOtherHttpHost(SyntaxNode node)
        {
            var previous = default(SyntaxToken);
            foreach (var position in ClientTextMarks.Of(node.SyntaxTree, default).Schemes)
            {
                if (!node.Span.Contains(position))
                {
                    continue;
                }

                var token = node.FindToken(position);
                if (token != previous && HostText.IsStringToken(token) && NamesOtherHttpHost(token.ValueText))
                {
                    return true;
                }

                previous = token;
            }

            return false;
        }

        private static bool NamesOtherHttpHost(string text)
        {
            for (var at = text.IndexOf(HostScanner.SchemeSeparator, System.StringComparison.Ordinal); at >= 0;
                 at = text.IndexOf(HostScanner.SchemeSeparator, at + HostScanner.SchemeSeparator.Length, System.StringComparison.Ordinal))
            {
                var hostStart = at + HostScanner.SchemeSeparator.Length;
                if (HostScanner.IsHttpScheme(text, at) && HostScanner.HostAt(text, hostStart, HostScanner.HostEnd(text, hostStart) - hostStart) == HttpApiKind.None)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when code under <paramref name="node"/> (a type's declaration) sets a <c>BaseAddress</c> to a value that
        /// names no Customer.io host and reads no field of this type initialised with one:
        /// <c>BaseAddress = new Uri(configuration["Crm:Url"])</c> is another service's client.
        /// </summary>
        public static bool SetsOtherBaseAddress(SyntaxNode node, ConfiguredHosts configured)
        {
            foreach (var position in ClientTextMarks.Of(node.SyntaxTree, default).BaseAddresses)
            {
                if (node.Span.Contains(position) && node.FindToken(position).Parent is IdentifierNameSyntax name
                    && (name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? (SyntaxNode)access : name).Parent is AssignmentExpressionSyntax assignment
                    && IsBaseAddressAssignment(assignment)
                    && AssignedApi(assignment.Right, configured) == HttpApiKind.None
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
        public static HttpApiKind BaseAddressApiOfEnclosingLambda(SyntaxNode node, ConfiguredHosts configured)
        {
            var lambda = node.FirstAncestorOrSelf<LambdaExpressionSyntax>();
            var found = HttpApiKind.None;
            foreach (var assignment in lambda?.DescendantNodes().OfType<AssignmentExpressionSyntax>() ?? Enumerable.Empty<AssignmentExpressionSyntax>())
            {
                if (!IsBaseAddressAssignment(assignment))
                {
                    continue;
                }

                var api = AssignedApi(assignment.Right, configured);
                if (api == HttpApiKind.None)
                {
                    return HttpApiKind.None;
                }

                found = api > found ? api : found;
            }

            return found;
        }

        /// <summary>
        /// The Customer.io API a string under <paramref name="node"/> names: a host written in it, or a configuration key
        /// whose configured value is a Customer.io URL.
        /// </summary>
        public static HttpApiKind MentionedApi(SyntaxNode node, ConfiguredHosts configured)
        {
            var written = HostText.MentionedApi(node);
            var read = configured.MentionedApi(node, default);
            return read > written ? read : written;
        }

        /// <summary>
        /// The Customer.io API a value given to a client names: a host or a configured read written in it, or in what a
        /// local, field or property it names is set to (<c>var url = configuration["CustomerIO:TrackUrl"]; c.BaseAddress =
        /// new Uri(url);</c>). None when one of those values names no Customer.io host: the client may be another's.
        /// </summary>
        public static HttpApiKind AssignedApi(SyntaxNode value, ConfiguredHosts configured)
        {
            var api = MentionedApi(value, configured);
            if (api != HttpApiKind.None)
            {
                return api;
            }

            foreach (var name in value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                foreach (var source in AssignedValues.Of(name))
                {
                    var named = MentionedApi(source, configured);
                    if (named == HttpApiKind.None)
                    {
                        return HttpApiKind.None;
                    }

                    api = named > api ? named : api;
                }
            }

            return api;
        }

        /// <summary>True when a name in <paramref name="value"/> is a field of <paramref name="type"/> initialised with a Customer.io host.</summary>
        private static bool ReadsCustomerIoField(SyntaxNode value, SyntaxNode type)
        {
            foreach (var name in value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                foreach (var declarator in type.DescendantNodes().OfType<VariableDeclaratorSyntax>())
                {
                    if (declarator.Parent?.Parent is FieldDeclarationSyntax && declarator.Initializer is { } initializer
                        && declarator.Identifier.ValueText == name.Identifier.ValueText && HostText.MentionedApi(initializer) != HttpApiKind.None)
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
    }
}
