using CioAnalyzers.Model;
using CioAnalyzers.Model.Ties;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// The Customer.io API a header collection belongs to, in the order that decides it: a request created with an
    /// absolute URL goes where the URL says; a named client where its registration says; a client built in place where
    /// its BaseAddress says; else the registration lambda around the write or the type it is written in
    /// (<see cref="TiePolicy"/>), only when that type names one API. The right scheme depends on the API, so a type that
    /// names two is not judged.
    /// </summary>
    internal static class HeaderTies
    {
        public static HttpApiKind ApiOf(IOperation? headers, IOperation write, CustomerIoModel model)
        {
            if (Owner(headers) is { } owner)
            {
                var fromOwner = OwnerApi(owner, model);
                if (fromOwner is { } api)
                {
                    return api;
                }
            }

            var lambda = model.Ties.RegistrationLambdaApi(write.Syntax);
            if (lambda != HttpApiKind.None)
            {
                return lambda;
            }

            return write.SemanticModel?.GetEnclosingSymbol(write.Syntax.SpanStart)?.ContainingType is { } type
                ? model.Ties.OnlyApiMentionedBy(type)
                : HttpApiKind.None;
        }

        /// <summary>The client or request of <c>client.DefaultRequestHeaders</c> or <c>request.Headers</c>.</summary>
        private static IOperation? Owner(IOperation? headers)
            => headers is not null && Operations.SkipConversions(headers) is IPropertyReferenceOperation { Property.Name: "DefaultRequestHeaders" or "Headers", Instance: { } owner }
                ? Operations.SkipConversions(owner)
                : null;

        /// <summary>The API the owner decides by itself; None when it goes elsewhere; null when it does not say.</summary>
        private static HttpApiKind? OwnerApi(IOperation owner, CustomerIoModel model)
        {
            if (NamedClients.NameOfClient(owner, model.Types) is { } clientName)
            {
                return model.Ties.NamedClientApi(clientName);
            }

            var created = owner is ILocalReferenceOperation local && LocalValues.TryGetSingleValue(local, out var initializer)
                ? Operations.SkipConversions(initializer)
                : owner;
            if (created is not IObjectCreationOperation creation)
            {
                return null;
            }

            if (KnownTypes.Is(creation.Type, model.Types.HttpRequestMessage) && creation.Constructor is { } constructor)
            {
                // A request created without a URL is given one later: the code around it decides.
                var urlOrdinal = KnownHttpApi.RequestUriOrdinal(constructor);
                return urlOrdinal < 0 ? null : UrlApi(Operations.ArgumentAt(creation.Arguments, urlOrdinal), model.Types);
            }

            if (KnownTypes.Is(creation.Type, model.Types.HttpClient) && creation.Initializer is { } clientInitializer)
            {
                foreach (var member in clientInitializer.Initializers)
                {
                    if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "BaseAddress" } } baseAddress)
                    {
                        // Written, or read from a setting the configuration files give a Customer.io URL.
                        var configured = model.ConfiguredHosts.MentionedApi(baseAddress.Value.Syntax, default);
                        return configured != HttpApiKind.None ? configured : UrlApi(baseAddress.Value, model.Types);
                    }
                }
            }

            return null;
        }

        /// <summary>The API an absolute URL names (None for another host); null for a relative or unknown one.</summary>
        private static HttpApiKind? UrlApi(IOperation? url, KnownTypes types)
        {
            var value = url is null ? null : Operations.SkipConversions(url);
            if (value is IObjectCreationOperation creation && KnownTypes.Is(creation.Type, types.Uri) && !creation.Arguments.IsEmpty)
            {
                value = Operations.SkipConversions(creation.Arguments[0].Value);
            }

            if (value?.Type?.SpecialType != SpecialType.System_String)
            {
                return null;
            }

            var folded = StringFolding.Fold(value);
            if (CustomerIoUrl.TryRead(folded) is { } customerIo)
            {
                return customerIo.Api;
            }

            return HostScanner.StartsWithHttpScheme(folded.Text, out _) ? HttpApiKind.None : null;
        }
    }
}
