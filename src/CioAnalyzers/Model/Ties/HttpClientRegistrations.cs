using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using CioAnalyzers.Model.Settings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.Model.Ties
{
    /// <summary>
    /// HttpClients registered with a Customer.io BaseAddress, read from the places where the source names that host:
    /// typed clients, <c>services.AddHttpClient&lt;TClient&gt;(c =&gt; c.BaseAddress = new Uri("https://track.customer.io/api/v1/"))</c>
    /// (also <c>AddHttpClient&lt;IClient, TClient&gt;</c>), and named clients, <c>services.AddHttpClient("cio", c =&gt; ...)</c>;
    /// either also through <c>.ConfigureHttpClient(...)</c>. Read from syntax: a typed client is known by the type name
    /// written there, a named client by its literal name.
    /// </summary>
    internal sealed class HttpClientRegistrations
    {
        private const string AddHttpClient = "AddHttpClient";
        private const string ConfigureHttpClient = "ConfigureHttpClient";

        private readonly Dictionary<string, HttpApiKind> typedClients = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, HttpApiKind> namedClients = new(System.StringComparer.Ordinal);

        private HttpClientRegistrations()
        {
        }

        /// <summary>The API a typed client's BaseAddress points to, by the client type's name; None when not registered so.</summary>
        public HttpApiKind TypedClientApi(string typeName) => typedClients.TryGetValue(typeName, out var api) ? api : HttpApiKind.None;

        /// <summary>The API a named client's BaseAddress points to; None when not registered so.</summary>
        public HttpApiKind NamedClientApi(string clientName) => namedClients.TryGetValue(clientName, out var api) ? api : HttpApiKind.None;

        // Each file's registrations are read once: the IDE makes a compilation for every document it analyses, all
        // with the same trees.
        private static readonly ConditionalWeakTable<SyntaxTree, List<(bool Typed, string Name, HttpApiKind Api)>> ByTree = new();

        public static HttpClientRegistrations Find(Compilation compilation, ConfiguredHosts configured, CancellationToken cancellationToken)
        {
            var registrations = new HttpClientRegistrations();
            foreach (var tree in compilation.SyntaxTrees)
            {
                var written = ByTree.GetValue(tree, t => InTree(HostText.HostStrings(t, cancellationToken)));

                // Reads of configured URLs depend on the project's settings, not on the tree alone: not kept per tree.
                var read = configured.IsEmpty ? Enumerable.Empty<(bool, string, HttpApiKind)>() : InTree(configured.ReadingStrings(tree, cancellationToken));
                foreach (var (typed, name, api) in written.Concat(read))
                {
                    Add(typed ? registrations.typedClients : registrations.namedClients, name, api);
                }
            }

            return registrations;
        }

        private static List<(bool Typed, string Name, HttpApiKind Api)> InTree(IEnumerable<(SyntaxToken Token, HttpApiKind Api)> hostStrings)
        {
            var found = new List<(bool, string, HttpApiKind)>();
            foreach (var (token, api) in hostStrings)
            {
                if (Registration(token) is not { } registration)
                {
                    continue;
                }

                if (TypedClientName(registration) is { } typeName)
                {
                    found.Add((true, typeName, api));
                }
                else if (NamedClientName(registration) is { } clientName)
                {
                    found.Add((false, clientName, api));
                }
            }

            return found;
        }

        private static void Add(Dictionary<string, HttpApiKind> clients, string name, HttpApiKind api)
        {
            if (!clients.TryGetValue(name, out var known) || api > known)
            {
                clients[name] = api;
            }
        }

        /// <summary>The AddHttpClient call whose configuring lambda assigns this string to BaseAddress.</summary>
        private static InvocationExpressionSyntax? Registration(SyntaxToken hostString)
        {
            var assignment = Enclosing<AssignmentExpressionSyntax>(hostString.Parent) ?? BaseAddressGivenLocal(hostString.Parent);
            if (assignment is null || !ClientSourceText.IsBaseAddressAssignment(assignment)
                || Enclosing<LambdaExpressionSyntax>(assignment) is not { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } })
            {
                return null;
            }

            // services.AddHttpClient<TClient>().ConfigureHttpClient(c => ...): the registration is the receiver.
            if (call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: ConfigureHttpClient, Expression: InvocationExpressionSyntax receiver })
            {
                call = receiver;
            }

            return call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: AddHttpClient } ? call : null;
        }

        /// <summary>
        /// <c>var url = configuration["CustomerIO:TrackUrl"]; c.BaseAddress = new Uri(url);</c>: the BaseAddress assignment
        /// of the same lambda that reads the local the string initialises.
        /// </summary>
        private static AssignmentExpressionSyntax? BaseAddressGivenLocal(SyntaxNode? node)
        {
            if (Enclosing<VariableDeclaratorSyntax>(node) is not { Parent.Parent: LocalDeclarationStatementSyntax } local
                || Enclosing<LambdaExpressionSyntax>(local) is not { } lambda)
            {
                return null;
            }

            var name = local.Identifier.ValueText;
            return lambda.DescendantNodes().OfType<AssignmentExpressionSyntax>().FirstOrDefault(a => ClientSourceText.IsBaseAddressAssignment(a)
                && a.Right.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(n => n.Identifier.ValueText == name));
        }

        private static string? TypedClientName(InvocationExpressionSyntax registration)
            => registration.Expression is MemberAccessExpressionSyntax { Name: GenericNameSyntax { TypeArgumentList.Arguments: { Count: 1 or 2 } types } }
                ? SimpleName(types[types.Count - 1])
                : null;

        private static string? NamedClientName(InvocationExpressionSyntax registration)
            => registration.Expression is MemberAccessExpressionSyntax { Name: IdentifierNameSyntax }
                && registration.ArgumentList.Arguments is { Count: > 0 } arguments
                && arguments[0].NameColon is null
                && arguments[0].Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
                ? literal.Token.ValueText
                : null;

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
