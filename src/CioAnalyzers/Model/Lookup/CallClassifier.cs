using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// What a called method or constructor is to Customer.io: a client library or wrapper member, a raw HTTP send, a
    /// RestSharp send or authenticator, the Encoding call behind a Basic-auth string, or nothing. Calls whose name cannot matter leave after one string
    /// lookup; the others are classified once per method definition (looked up by object identity: a duplicate symbol
    /// object only costs classifying it again).
    /// </summary>
    internal sealed class CallClassifier
    {
        private readonly RoleLookup roles;
        private readonly KnownTypes types;
        private readonly ConcurrentDictionary<IMethodSymbol, CallTarget> targets = new(ReferenceComparer<IMethodSymbol>.Instance);

        // Allocated once: the lookup runs for every call that passes the name test.
        private readonly System.Func<IMethodSymbol, CallTarget> classify;

        public CallClassifier(RoleLookup roles, KnownTypes types)
        {
            this.roles = roles;
            this.types = types;
            classify = Classify;
        }

        public CallTarget TargetOf(IMethodSymbol method)
            => roles.Names.MayBeCall(method) ? targets.GetOrAdd(method.OriginalDefinition, classify) : CallTarget.None;

        /// <summary>What the constructor of an object creation is to Customer.io: its type's name is the first test.</summary>
        public CallTarget TargetOfConstructor(IMethodSymbol constructor)
            => roles.Names.MayBeConstructor(constructor) ? targets.GetOrAdd(constructor.OriginalDefinition, classify) : CallTarget.None;

        private CallTarget Classify(IMethodSymbol method)
        {
            var type = method.ContainingType;
            if (roles.IsApiType(type))
            {
                return CallTarget.ApiMember;
            }

            var sendsRequest = method.MethodKind == MethodKind.Constructor
                ? KnownTypes.Is(type, types.HttpRequestMessage)
                : KnownTypes.Is(type, types.HttpClient) || KnownTypes.Is(type, types.HttpClientJsonExtensions);
            if (sendsRequest)
            {
                var urlOrdinal = KnownHttpApi.RequestUriOrdinal(method);
                return urlOrdinal >= 0 ? CallTarget.HttpRequest(urlOrdinal) : CallTarget.None;
            }

            if (KnownTypes.Is(type, types.HttpHeaders))
            {
                return AuthorizationSchemes.IsHeaderWrite(method) ? CallTarget.HeaderWrite : CallTarget.None;
            }

            if (method.MethodKind == MethodKind.Constructor ? types.RestSharp.IsAuthenticator(type) : types.RestSharp.IsSend(method))
            {
                return method.MethodKind == MethodKind.Constructor ? CallTarget.RestSharpAuthenticator : CallTarget.RestSharpSend;
            }

            return KnownTypes.Is(type, types.Encoding) && method.Name == KnownTypes.EncodingGetBytes ? CallTarget.GetBytes : CallTarget.None;
        }
    }
}
