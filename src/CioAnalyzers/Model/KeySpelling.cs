using System;
using System.Collections.Generic;
using System.Text;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// When a JSON key is another spelling of a name Customer.io reads: equal once lower-cased without underscores
    /// ("Created_At", "createdAt" and "created_at"; "MessageData" and "message_data"), but not equal.
    /// </summary>
    internal static class KeySpelling
    {
        /// <summary>The name of <paramref name="names"/> that <paramref name="key"/> is another spelling of; null when it is one exactly or none at all.</summary>
        public static string? WrongFormOf(string key, IEnumerable<string> names)
        {
            var normalized = Normalize(key);
            string? found = null;
            foreach (var name in names)
            {
                if (string.Equals(name, key, StringComparison.Ordinal))
                {
                    return null;
                }

                if (found is null && string.Equals(Normalize(name), normalized, StringComparison.Ordinal))
                {
                    found = name;
                }
            }

            return found;
        }

        /// <summary>True when <paramref name="key"/> is <paramref name="name"/> in any spelling, the exact one included.</summary>
        public static bool AnySpellingOf(string key, string name) => string.Equals(Normalize(key), Normalize(name), StringComparison.Ordinal);

        /// <summary>Lower case without underscores.</summary>
        private static string Normalize(string name)
        {
            var builder = new StringBuilder(name.Length);
            foreach (var c in name)
            {
                if (c != '_')
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }

            return builder.ToString();
        }
    }
}
