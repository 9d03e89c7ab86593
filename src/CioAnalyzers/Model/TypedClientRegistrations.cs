using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// Typed HttpClients whose BaseAddress is a Customer.io host, registered where the source names that host:
    /// <c>services.AddHttpClient&lt;TClient&gt;(c =&gt; c.BaseAddress = new Uri("https://track.customer.io/api/v1/"))</c>, also
    /// with an interface first (<c>AddHttpClient&lt;IClient, TClient&gt;</c>) or through <c>.ConfigureHttpClient(...)</c>.
    /// The registration is read from syntax, so the client type is known by the name written there.
    /// </summary>
    internal static class TypedClientRegistrations
    {
        private const string AddHttpClient = "AddHttpClient";
        private const string ConfigureHttpClient = "ConfigureHttpClient";
        private const string BaseAddress = "BaseAddress";

        /// <summary>The API each registered client type name's BaseAddress points to.</summary>
        public static IReadOnlyDictionary<string, HttpApiKind> Find(Compilation compilation, CancellationToken cancellationToken)
        {
            var clients = new Dictionary<string, HttpApiKind>(System.StringComparer.Ordinal);
            foreach (var (token, api) in CustomerIoText.HostStrings(compilation, cancellationToken))
            {
                if (RegisteredClientName(token) is { } name && (!clients.TryGetValue(name, out var known) || api > known))
                {
                    clients[name] = api;
                }
            }

            return clients;
        }

        /// <summary>The client type named by the registration whose configuring lambda assigns this string to BaseAddress.</summary>
        private static string? RegisteredClientName(SyntaxToken hostString)
        {
            var assignment = Enclosing<AssignmentExpressionSyntax>(hostString.Parent);
            if (assignment?.Left is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: BaseAddress }
                || Enclosing<LambdaExpressionSyntax>(assignment) is not { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } })
            {
                return null;
            }

            // services.AddHttpClient<TClient>().ConfigureHttpClient(c => ...): the registration is the receiver.
            if (call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: ConfigureHttpClient, Expression: InvocationExpressionSyntax receiver })
            {
                call = receiver;
            }

            return call.Expression is MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.ValueText: AddHttpClient } registration }
                && registration.TypeArgumentList.Arguments.Count is 1 or 2
                ? SimpleName(registration.TypeArgumentList.Arguments[registration.TypeArgumentList.Arguments.Count - 1])
                : null;
        }

        /// <summary>The closest <typeparamref name="T"/> around <paramref name="node"/>, not looking past a lambda or member.</summary>
        private static T? Enclosing<T>(SyntaxNode? node)
            where T : SyntaxNode
        {
            for (var current = node; current is not null; current = current.Parent)
            {
                if (current is T found)
                {
                    return found;
                }

                if (current is MemberDeclarationSyntax || (current is LambdaExpressionSyntax && typeof(T) != typeof(LambdaExpressionSyntax)))
                {
                    return null;
                }
            }

            return null;
        }

        private static string? SimpleName(TypeSyntax type) => type switch
        {
            SimpleNameSyntax simple when simple is not GenericNameSyntax => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified when qualified.Right is not GenericNameSyntax => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliased when aliased.Name is not GenericNameSyntax => aliased.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
