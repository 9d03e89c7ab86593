using System;
using System.Collections.Immutable;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// Customer.io's reserved attribute names, which work only in exactly this form: in any other case or spelling
    /// (<c>Email</c>, <c>createdAt</c>) Customer.io stores a plain attribute of that name.
    /// </summary>
    internal static class ReservedAttributes
    {
        public static readonly ImmutableArray<string> Names = ImmutableArray.Create(
            "id", "email", "cio_id", "anonymous_id", "created_at", "_timestamp", "_update", "unsubscribed", "timezone",
            "cio_subscription_preferences", "cio_relationships");

        /// <summary>Top-level keys of Track bodies, in lower case, that look like a reserved name without being one: an event's <c>timestamp</c>.</summary>
        public static readonly ImmutableHashSet<string> OtherTrackKeys = ImmutableHashSet.Create(StringComparer.Ordinal, "timestamp");

        /// <summary>The reserved name <paramref name="key"/> is another form of, or null when it is one exactly or none at all.</summary>
        public static string? WrongFormOf(string key)
        {
            // "Timestamp" is an event's timestamp in the wrong case, not a wrong _timestamp: no reserved name to offer.
            if (OtherTrackKeys.Contains(key.ToLowerInvariant()))
            {
                return null;
            }

            return KeySpelling.WrongFormOf(key, Names);
        }
    }
}
