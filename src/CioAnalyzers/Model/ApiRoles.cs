using System;
using System.Collections.Immutable;

namespace CioAnalyzers.Model
{
    internal static class ApiRoles
    {
        /// <summary>Roles that hold a credential: a missing value gives a 401 far from its cause.</summary>
        public static bool IsCredential(this ApiRole role)
            => role is ApiRole.SiteId or ApiRole.TrackApiKey or ApiRole.AppApiKey or ApiRole.WriteKey;

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
            ApiRole.LocalTimeDateTime => "local-time-datetime",
            ApiRole.AttributeName => "attribute-name",
            ApiRole.AttributeObject => "attribute-object",
            _ => "none",
        };

        /// <summary>The roles a configuration file may give to the user's own API elements.</summary>
        public static readonly ImmutableArray<ApiRole> ConfigurableRoles = ImmutableArray.Create(
            ApiRole.CustomerId, ApiRole.UnixSeconds, ApiRole.Email, ApiRole.EventName,
            ApiRole.SiteId, ApiRole.TrackApiKey, ApiRole.AppApiKey, ApiRole.WriteKey, ApiRole.AttributeBag);

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
            ApiRole.LocalTimeDateTime => "local-time DateTime",
            ApiRole.AttributeName => "attribute name",
            ApiRole.AttributeObject => "attributes",
            _ => "value",
        };
    }
}
