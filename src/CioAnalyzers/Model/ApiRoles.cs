using System;

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
            _ => "none",
        };

        public static bool TryParseConfigName(string text, out ApiRole role)
        {
            foreach (ApiRole candidate in Enum.GetValues(typeof(ApiRole)))
            {
                if (candidate != ApiRole.None && string.Equals(candidate.ToConfigName(), text, StringComparison.Ordinal))
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
            _ => "value",
        };
    }
}
