using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// Customer.io's HTTP surface as data: hosts, the path segment that names
    /// a person, and the JSON keys whose values have a role.
    /// </summary>
    internal static class KnownHttpApi
    {
        private static readonly (string Name, HttpApiKind Api)[] HostList =
        {
            ("track.customer.io", HttpApiKind.Track),
            ("track-eu.customer.io", HttpApiKind.Track),
            ("api.customer.io", HttpApiKind.App),
            ("api-eu.customer.io", HttpApiKind.App),
            ("beta-api.customer.io", HttpApiKind.App),
            ("beta-api-eu.customer.io", HttpApiKind.App),
            ("cdp.customer.io", HttpApiKind.Pipelines),
            ("cdp-eu.customer.io", HttpApiKind.Pipelines),
        };

        /// <summary>Every Customer.io host and the API it serves.</summary>
        public static IReadOnlyList<(string Name, HttpApiKind Api)> Hosts => HostList;

        /// <summary>The parameter of HttpClient methods and HttpRequestMessage constructors that takes the URL.</summary>
        public const string RequestUriParameter = "requestUri";

        /// <summary>The ordinal of the method's <see cref="RequestUriParameter"/>, or -1 when it takes none.</summary>
        public static int RequestUriOrdinal(IMethodSymbol method)
        {
            foreach (var parameter in method.Parameters)
            {
                if (parameter.Name == RequestUriParameter)
                {
                    return parameter.Ordinal;
                }
            }

            return -1;
        }

        /// <summary>Path prefixes (as segments) after which the next segment is a person's identifier.</summary>
        public static readonly ImmutableArray<ImmutableArray<string>> IdentifierPathPrefixes = ImmutableArray.Create(
            ImmutableArray.Create("api", "v1", "customers"),
            ImmutableArray.Create("v1", "customers"));

        /// <summary>
        /// Extra identifier prefix for paths relative to a BaseAddress that already ends in <c>/api/v1/</c>.
        /// </summary>
        public static readonly ImmutableArray<string> RelativeIdentifierPathPrefix = ImmutableArray.Create("customers");

        /// <summary>How a relative request path to Customer.io starts (after an optional '/').</summary>
        public static readonly ImmutableArray<string> RelativePathStarts = ImmutableArray.Create(
            "api/v1/", "api/v2/", "v1/", "customer", "event", "entity", "batch", "send/", "campaigns/", "transactional", "merge_customers");

        /// <summary>JSON keys whose values are integer Unix seconds in Track and App payloads.</summary>
        public static readonly ImmutableHashSet<string> UnixSecondsKeys = ImmutableHashSet.Create(
            StringComparer.Ordinal, "created_at", "timestamp", "_timestamp", "last_used", "send_at");

        /// <summary>Other keys ending like this are dates by convention and are sent as seconds too.</summary>
        public const string UnixSecondsKeySuffix = "_at";

        /// <summary>Objects whose <c>id</c> member is the person's identifier.</summary>
        public const string IdentifiersObjectKey = "identifiers";

        public const string IdKey = "id";

        /// <summary>Customer.io reads an identifier that contains this as an email address.</summary>
        public const char EmailMarker = '@';

        /// <summary>The role of a path identifier written as text: an email when it holds '@', else an id.</summary>
        public static ApiRole RoleOfIdentifierText(string text)
            => text.IndexOf(EmailMarker) >= 0 ? ApiRole.Email : ApiRole.CustomerId;

        public const string CioIdKey = "cio_id";

        /// <summary>The members of <c>identifiers</c> that name the person: a transactional request takes exactly one.</summary>
        public static readonly ImmutableArray<string> PersonIdentifierKeys = ImmutableArray.Create(IdKey, EmailKey, CioIdKey);

        /// <summary>When a transactional message is sent, in Unix seconds.</summary>
        public const string SendAtKey = "send_at";

        /// <summary>How far ahead a transactional message can be scheduled.</summary>
        public const int MaxSendAtDaysAhead = 90;

        public const string EmailKey = "email";

        /// <summary>Objects that name a person by id, email or cio_id: transactional and v2 identifiers, merged people.</summary>
        public static readonly ImmutableHashSet<string> PersonObjectKeys = ImmutableHashSet.Create(
            StringComparer.Ordinal, IdentifiersObjectKey, "primary", "secondary");

        /// <summary>An event's name, at the top of an event body.</summary>
        public const string EventNameKey = "name";

        /// <summary>An event's data, at the top of an event body: a JSON object.</summary>
        public const string EventDataKey = "data";

        /// <summary>The fields of an event body's envelope: not attributes of the person.</summary>
        public static readonly ImmutableHashSet<string> EventEnvelopeKeys = ImmutableHashSet.Create(
            StringComparer.Ordinal, EventNameKey, EventDataKey, "timestamp", "type", "id");

        /// <summary>The person's subscription attribute, at the top of an identify body.</summary>
        public const string UnsubscribedKey = "unsubscribed";

        /// <summary>The recipients of a transactional email, at the top of its body.</summary>
        public const string RecipientKey = "to";

        /// <summary>
        /// The role of a JSON key sent to Customer.io; <paramref name="parentKey"/> is null at the top level and
        /// <paramref name="endpoint"/> says which endpoint the body goes to.
        /// </summary>
        public static ApiRole RoleOfKey(HttpApiKind api, HttpEndpoint endpoint, string key, string? parentKey, bool personInPath)
        {
            if (api == HttpApiKind.None)
            {
                return ApiRole.None;
            }

            if (parentKey is null && RoleAtTopOf(endpoint, key) is var topRole && topRole != ApiRole.None)
            {
                return topRole;
            }

            if (api != HttpApiKind.Pipelines
                && (UnixSecondsKeys.Contains(key) || (key.Length > UnixSecondsKeySuffix.Length && key.EndsWith(UnixSecondsKeySuffix, StringComparison.Ordinal))))
            {
                return ApiRole.UnixSeconds;
            }

            // "email" is the person's address at the top of a body (not of an event's, where it is no field) and in the
            // objects that name a person; inside event data or message data it is the user's own data.
            if (key == EmailKey && (parentKey is null ? endpoint != HttpEndpoint.Event : PersonObjectKeys.Contains(parentKey)))
            {
                return ApiRole.Email;
            }

            // "id" names the person at the top of a Track body that addresses a person (not of an event's, where it is
            // the event's own id, unique per event), or inside "identifiers".
            if (key == IdKey && api != HttpApiKind.Pipelines
                && ((parentKey is null && personInPath && endpoint != HttpEndpoint.Event) || parentKey == IdentifiersObjectKey))
            {
                return ApiRole.CustomerId;
            }

            return ApiRole.None;
        }

        private static ApiRole RoleAtTopOf(HttpEndpoint endpoint, string key) => endpoint switch
        {
            HttpEndpoint.Event when key == EventNameKey => ApiRole.EventName,
            HttpEndpoint.Event when key == EventDataKey => ApiRole.EventData,
            HttpEndpoint.TransactionalEmail when key == RecipientKey => ApiRole.Email,
            HttpEndpoint.Identify when key == UnsubscribedKey => ApiRole.Unsubscribed,
            _ => ApiRole.None,
        };
    }
}
