using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using CioAnalyzers.Model.Settings;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model.Ties
{
    /// <summary>
    /// When a relative URL or a Basic-auth string belongs to Customer.io: the one home of that policy (decision 0003).
    /// A type is tied by the Customer.io host its source names, unless it also names another http(s) host or sets a
    /// BaseAddress from elsewhere; a typed or named client is tied by its registration's BaseAddress. A configuration read
    /// of a setting whose configured value is a Customer.io URL names that host (see <see cref="ConfiguredHosts"/>).
    /// </summary>
    internal sealed class TiePolicy
    {
        private readonly KnownTypes types;
        private readonly ConfiguredHosts configuredHosts;
        private readonly ConcurrentDictionary<INamedTypeSymbol, HttpApiKind> apiMentionedByType = new(SymbolEqualityComparer.Default);

        // Read from the whole compilation's syntax the first time a relative URL or a Basic-auth string needs it.
        private readonly System.Lazy<HttpClientRegistrations> clientRegistrations;

        public TiePolicy(Compilation compilation, KnownTypes types, ConfiguredHosts configuredHosts)
        {
            this.types = types;
            this.configuredHosts = configuredHosts;
            clientRegistrations = new(() => HttpClientRegistrations.Find(compilation, configuredHosts, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>
        /// The Customer.io API whose host the type's source names: what ties a relative URL or a Basic-auth string in
        /// that type to Customer.io. None when it names none, and None when it also names another http(s) host or sets a
        /// BaseAddress to anything else (a configured URL): that client could be the one the relative URL or the credential
        /// is for.
        /// </summary>
        public HttpApiKind ApiMentionedBy(INamedTypeSymbol type)
            => apiMentionedByType.GetOrAdd(type, t =>
            {
                var declarations = t.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).ToList();
                if (declarations.Any(d => ClientSourceText.NamesOtherHttpHost(d) || ClientSourceText.SetsOtherBaseAddress(d, configuredHosts)))
                {
                    return HttpApiKind.None;
                }

                var named = declarations.Select(d => ClientSourceText.MentionedApi(d, configuredHosts)).DefaultIfEmpty(HttpApiKind.None).Max();
                return named != HttpApiKind.None ? named : RegisteredClientApi(t);
            });

        /// <summary>
        /// As <see cref="ApiMentionedBy"/>, but None when the type's source names hosts of two Customer.io APIs: what ties
        /// an Authorization header, whose right scheme depends on the API.
        /// </summary>
        public HttpApiKind OnlyApiMentionedBy(INamedTypeSymbol type)
            => ApiMentionedBy(type) is var api && api != HttpApiKind.None
               && !type.DeclaringSyntaxReferences.Any(r => HostText.NamesSeveralApis(r.GetSyntax()))
                ? api
                : HttpApiKind.None;

        /// <summary>True when a typed client of that name is registered with a Customer.io BaseAddress.</summary>
        public bool MayBeRegisteredClient(string typeName) => clientRegistrations.Value.TypedClientApi(typeName) != HttpApiKind.None;

        /// <summary>The API a named client (<c>IHttpClientFactory.CreateClient(name)</c>) is registered for; None when not Customer.io.</summary>
        public HttpApiKind NamedClientApi(string clientName) => clientRegistrations.Value.NamedClientApi(clientName);

        /// <summary>The API whose host the lambda around <paramref name="node"/> gives a client as its BaseAddress (a client registration).</summary>
        public HttpApiKind RegistrationLambdaApi(SyntaxNode node) => ClientSourceText.BaseAddressApiOfEnclosingLambda(node, configuredHosts);

        /// <summary>
        /// The API of a typed client registered with a Customer.io BaseAddress: a type of that name that takes the
        /// HttpClient in a constructor, as the client factory requires.
        /// </summary>
        private HttpApiKind RegisteredClientApi(INamedTypeSymbol type)
            => clientRegistrations.Value.TypedClientApi(type.Name) is var api && api != HttpApiKind.None
                && type.InstanceConstructors.Any(c => c.Parameters.Any(p => KnownTypes.Is(p.Type, types.HttpClient)))
                ? api
                : HttpApiKind.None;
    }
}
