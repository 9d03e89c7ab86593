using System;
using System.Collections.Immutable;

namespace CioAnalyzers.Model
{
    internal static class ApiRoles
    {
        /// <summary>Roles whose value is an object whose members are read as payload members with their own roles.</summary>
        public static bool IsPayload(this ApiRole role) => role is ApiRole.AttributeBag or ApiRole.EventData;

        /// <summary>Roles that hold a credential: a missing value gives a 401 far from its cause.</summary>
        public static bool IsCredential(this ApiRole role)
            => role is ApiRole.SiteId or ApiRole.TrackApiKey or ApiRole.AppApiKey or ApiRole.WriteKey;

        /// <summary>Roles whose value is a whole transactional send request.</summary>
        public static bool IsTransactionalRequest(this ApiRole role)
            => role is ApiRole.TransactionalEmailRequest or ApiRole.TransactionalRequest;

        /// <summary>The role names used in configuration files and documentation.</summary>
        public static string ToConfigName(this ApiRole role) => role switch
        {
            ApiRole.CustomerId => "customer-id",
            ApiRole.UnixSeconds => "unix-seconds",
            ApiRole.Email => "email",
            ApiRole.EventName => "event-name",
            ApiRole.SiteId => "site-id",
            ApiRole.TrackApiKey => "track-api-key",
            ApiRole.AppApiKey => "app-api-key",
            ApiRole.WriteKey => "write-key",
            ApiRole.AttributeBag => "attributes",
            ApiRole.EventData => "event-data",
            ApiRole.Unsubscribed => "unsubscribed",
            ApiRole.TransactionalEmailRequest => "transactional-email-request",
            ApiRole.TransactionalRequest => "transactional-request",
            ApiRole.LocalTimeDateTime => "local-time-datetime",
            ApiRole.AttributeName => "attribute-name",
            ApiRole.AttributeObject => "attribute-object",
            _ => "none",
        };

        /// <summary>The roles a configuration file may give to the user's own API elements.</summary>
        public static readonly ImmutableArray<ApiRole> ConfigurableRoles = ImmutableArray.Create(
            ApiRole.CustomerId, ApiRole.UnixSeconds, ApiRole.Email, ApiRole.EventName,
            ApiRole.SiteId, ApiRole.TrackApiKey, ApiRole.AppApiKey, ApiRole.WriteKey, ApiRole.AttributeBag, ApiRole.EventData);

        public static bool TryParseConfigName(string text, out ApiRole role)
        {
            foreach (var candidate in ConfigurableRoles)
            {
                if (string.Equals(candidate.ToConfigName(), text, StringComparison.Ordinal))
                {
                    role = candidate;
                    return true;
                }
            }

            role = ApiRole.None;
            return false;
        }

        /// <summary>Words for diagnostics: "the site id", "the Track API key".</summary>
        public static string Describe(this ApiRole role) => role switch
        {
            ApiRole.CustomerId => "customer identifier",
            ApiRole.UnixSeconds => "Unix-seconds timestamp",
            ApiRole.Email => "email",
            ApiRole.EventName => "event name",
            ApiRole.SiteId => "site id",
            ApiRole.TrackApiKey => "Track API key",
            ApiRole.AppApiKey => "App API key",
            ApiRole.WriteKey => "write key",
            ApiRole.AttributeBag => "attributes",
            ApiRole.EventData => "event data",
            ApiRole.Unsubscribed => "unsubscribed attribute",
            ApiRole.TransactionalEmailRequest => "transactional email request",
            ApiRole.TransactionalRequest => "transactional request",
            ApiRole.PathSegment => "URL path segment",
            ApiRole.Request => "request",
            ApiRole.LocalTimeDateTime => "local-time DateTime",
            ApiRole.AttributeName => "attribute name",
            ApiRole.AttributeObject => "attributes",
            _ => "value",
        };
    }
}
