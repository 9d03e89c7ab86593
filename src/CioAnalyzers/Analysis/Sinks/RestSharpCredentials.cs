using System;
using System.Collections.Generic;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// The credentials of a RestSharp authenticator given to a Customer.io client: <c>new HttpBasicAuthenticator(siteId,
    /// trackApiKey)</c> for the Track API, <c>new JwtAuthenticator(appApiKey)</c> for the App API.
    /// </summary>
    internal static class RestSharpCredentials
    {
        private static readonly IReadOnlyList<RoleSink> None = Array.Empty<RoleSink>();

        public static IReadOnlyList<RoleSink> Find(IObjectCreationOperation authenticator, CustomerIoModel model)
        {
            var api = ApiOf(authenticator, model);
            if (api == HttpApiKind.None)
            {
                return None;
            }

            var type = authenticator.Type?.ToDisplayString();
            List<RoleSink>? sinks = null;
            foreach (var argument in authenticator.Arguments)
            {
                foreach (var credential in KnownRestSharp.Authenticators)
                {
                    if (credential.Type == type && credential.Api == api && argument.Parameter?.Name == credential.Parameter
                        && argument.ArgumentKind != ArgumentKind.DefaultValue)
                    {
                        (sinks ??= new List<RoleSink>()).Add(RoleSink.ForValue(credential.Role, argument.Value, $"new {authenticator.Type!.Name}({credential.Parameter})"));
                    }
                }
            }

            return sinks ?? None;
        }

        /// <summary>
        /// The API of the client the authenticator is given to, when the code shows its base URL: in the options' or the
        /// client's initializer, or assigned to a client or options held in a local. Otherwise the API the enclosing type is tied to.
        /// </summary>
        private static HttpApiKind ApiOf(IObjectCreationOperation authenticator, CustomerIoModel model)
        {
            var types = model.Types;
            var target = Operations.SkipConversions(authenticator).Parent;
            while (target is IConversionOperation)
            {
                target = target.Parent;
            }

            var owner = target is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: KnownRestSharp.AuthenticatorProperty } property }
                ? property.Instance
                : null;
            var baseUrl = owner switch
            {
                IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } when Initialized(target) is { } created
                    => KnownTypes.Is(created.Type, types.RestSharp.ClientOptions) ? RestSharpClients.OptionsBase(created, types) : RestSharpClients.BaseOf(created, types),
                { } client when types.RestSharp.IsClient(client.Type) => RestSharpClients.BaseOf(client, types),
                { } options when KnownTypes.Is(options.Type, types.RestSharp.ClientOptions) => RestSharpClients.OptionsBase(options, types),
                _ => RestSharpBase.Unknown,
            };

            if (baseUrl.Url is { } url)
            {
                return CustomerIoUrl.StartsWithOtherHost(url) ? HttpApiKind.None : CustomerIoUrl.TryRead(StringFolding.Fold(url))?.Api ?? HttpApiKind.None;
            }

            if (baseUrl.Seen)
            {
                return HttpApiKind.None;
            }

            return authenticator.SemanticModel?.GetEnclosingSymbol(authenticator.Syntax.SpanStart)?.ContainingType is { } type
                ? model.Ties.ApiMentionedBy(type)
                : HttpApiKind.None;
        }

        /// <summary>The object whose initializer holds <paramref name="assignment"/>.</summary>
        private static IObjectCreationOperation? Initialized(IOperation? assignment)
            => assignment?.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation } ? creation : null;
    }
}
