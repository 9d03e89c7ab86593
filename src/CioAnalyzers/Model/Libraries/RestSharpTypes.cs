using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model
{
    /// <summary>RestSharp's types in one compilation (<see cref="KnownRestSharp"/>), null when it does not reference RestSharp.</summary>
    internal sealed class RestSharpTypes
    {
        public RestSharpTypes(Func<string, INamedTypeSymbol?> type)
        {
            RestClient = type(KnownRestSharp.RestClient);
            IRestClient = type(KnownRestSharp.IRestClient);
            ClientExtensions = type(KnownRestSharp.ClientExtensions);
            RestRequest = type(KnownRestSharp.RestRequest);
            IRestRequest = type(KnownRestSharp.IRestRequest);
            RequestExtensions = type(KnownRestSharp.RequestExtensions);
            ClientOptions = type(KnownRestSharp.ClientOptions);
            IRestResponse = type(KnownRestSharp.IRestResponse);
            RestResponse = type(KnownRestSharp.RestResponse);
            BasicAuthenticator = type(KnownRestSharp.BasicAuthenticator);
            JwtAuthenticator = type(KnownRestSharp.JwtAuthenticator);
        }

        public INamedTypeSymbol? RestClient { get; }

        public INamedTypeSymbol? IRestClient { get; }

        public INamedTypeSymbol? ClientExtensions { get; }

        public INamedTypeSymbol? RestRequest { get; }

        public INamedTypeSymbol? IRestRequest { get; }

        public INamedTypeSymbol? RequestExtensions { get; }

        public INamedTypeSymbol? ClientOptions { get; }

        public INamedTypeSymbol? IRestResponse { get; }

        public INamedTypeSymbol? RestResponse { get; }

        public INamedTypeSymbol? BasicAuthenticator { get; }

        public INamedTypeSymbol? JwtAuthenticator { get; }

        /// <summary>The types whose methods send a request: the client, its interface and its extension methods.</summary>
        public INamedTypeSymbol?[] ClientTypes => new[] { RestClient, IRestClient, ClientExtensions };

        public bool IsRequest(ITypeSymbol? type) => KnownTypes.Is(type, RestRequest) || KnownTypes.Is(type, IRestRequest);

        public bool IsClient(ITypeSymbol? type) => KnownTypes.Is(type, RestClient) || KnownTypes.Is(type, IRestClient);

        /// <summary>A method of the client (or its extensions) that sends the request it is given.</summary>
        public bool IsSend(IMethodSymbol method)
            => (IsClient(method.ContainingType) || KnownTypes.Is(method.ContainingType, ClientExtensions))
               && method.Parameters.Any(p => p.Name == KnownRestSharp.RequestParameter && IsRequest(p.Type));

        public bool IsAuthenticator(ITypeSymbol? type) => KnownTypes.Is(type, BasicAuthenticator) || KnownTypes.Is(type, JwtAuthenticator);

        /// <summary>A method of the request (105/106) or of its extensions (110+).</summary>
        public bool IsRequestMethod(IMethodSymbol method)
            => IsRequest(method.ContainingType) || KnownTypes.Is(method.ContainingType, RequestExtensions);

        /// <summary>
        /// A response RestSharp hands back whatever its status: an <c>IRestResponse</c>, or a <c>RestResponse</c> from a
        /// send that does not throw on an error status (<see cref="KnownRestSharp.ThrowingVerbs"/>).
        /// </summary>
        public bool IsUncheckedResponse(IMethodSymbol send, ITypeSymbol? response)
        {
            if (Implements(response, IRestResponse))
            {
                return true;
            }

            return DerivesFrom(response, RestResponse) && !KnownRestSharp.ThrowingVerbs.Contains(send.Name);
        }

        /// <summary>A response of either generation: an <c>IRestResponse</c> or a <c>RestResponse</c>.</summary>
        public bool IsResponse(ITypeSymbol? type) => Implements(type, IRestResponse) || DerivesFrom(type, RestResponse);

        private static bool Implements(ITypeSymbol? type, INamedTypeSymbol? face)
            => face is not null && type is not null && (KnownTypes.Is(type, face) || type.AllInterfaces.Any(i => KnownTypes.Is(i, face)));

        private static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (KnownTypes.Is(current, baseType))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
