using System.Collections.Generic;
using System.Text;

namespace CioAnalyzers.Model
{
    /// <summary>The kind of Customer.io key a credential role takes, or a setting's name says it holds.</summary>
    internal enum CredentialKind
    {
        None,

        /// <summary>The Track API's site id and Track API key (Basic auth).</summary>
        Track,

        /// <summary>The App API key (Bearer).</summary>
        App,
    }

    /// <summary>
    /// What a setting's name says it holds. A name is split into words (at separators and case changes:
    /// <c>CUSTOMERIO_APP_API_KEY</c>, <c>CustomerIO:AppApiKey</c> give customer io app api key) and decides only when it
    /// holds the words of one kind and not the other:
    /// App: <c>app api key</c>, or <c>app key</c> right after <c>customer io</c>, <c>customerio</c> or <c>cio</c>;
    /// Track: <c>track api key</c>, <c>track key</c>, <c>site id</c>, <c>siteid</c>.
    /// Each must start a part of the name (after a separator) or follow those qualifiers, so that <c>WhatsAppKey</c> or
    /// <c>MyAppApiKey</c> say nothing.
    /// </summary>
    internal static class CredentialSettingNames
    {
        private static readonly string[][] AppWords = { new[] { "app", "api", "key" } };

        private static readonly string[][] AppWordsAfterQualifier = { new[] { "app", "key" } };

        private static readonly string[][] TrackWords =
        {
            new[] { "track", "api", "key" }, new[] { "track", "key" }, new[] { "site", "id" }, new[] { "siteid" },
        };

        private static readonly HashSet<string> Qualifiers = new() { "customer", "io", "customerio", "cio" };

        public static CredentialKind KindOf(ApiRole role) => role switch
        {
            ApiRole.SiteId or ApiRole.TrackApiKey => CredentialKind.Track,
            ApiRole.AppApiKey => CredentialKind.App,
            _ => CredentialKind.None,
        };

        /// <summary>Words that say a value is already an encoded credential or a whole header, not a key.</summary>
        private static readonly HashSet<string> EncodedWords = new()
        {
            "base64", "encoded", "token", "auth", "authorization", "basic", "bearer", "header", "credential", "credentials", "pair",
        };

        /// <summary>
        /// True when the name says it holds one key or a site id as issued (<c>apiKey</c>, <c>CUSTOMERIO_TRACK_API_KEY</c>,
        /// <c>SiteId</c>): it ends with <c>key</c> or <c>site id</c> and says nothing of an encoding or a token.
        /// </summary>
        public static bool NamesOneKey(string name)
        {
            var words = Words(name);
            if (words.Count == 0 || words.Exists(w => EncodedWords.Contains(w.Text)))
            {
                return false;
            }

            return words[words.Count - 1].Text == "key" || EndsWithSiteId(words);
        }

        /// <summary>True when the name ends with <c>site id</c> (<c>siteId</c>, <c>CUSTOMERIO_SITE_ID</c>, <c>_siteid</c>).</summary>
        public static bool NamesSiteId(string name) => EndsWithSiteId(Words(name));

        private static bool EndsWithSiteId(List<(string Text, bool StartsPart)> words)
        {
            var last = words.Count - 1;
            return last >= 0 && (words[last].Text == "siteid" || (last >= 1 && words[last].Text == "id" && words[last - 1].Text == "site"));
        }

        public static CredentialKind KindOf(string name)
        {
            var words = Words(name);
            var app = Contains(words, AppWords, qualifierRequired: false) || Contains(words, AppWordsAfterQualifier, qualifierRequired: true);
            var track = Contains(words, TrackWords, qualifierRequired: false);
            return app == track ? CredentialKind.None : app ? CredentialKind.App : CredentialKind.Track;
        }

        private static bool Contains(List<(string Text, bool StartsPart)> words, string[][] sequences, bool qualifierRequired)
        {
            foreach (var sequence in sequences)
            {
                for (var i = 0; i + sequence.Length <= words.Count; i++)
                {
                    var qualified = i > 0 && Qualifiers.Contains(words[i - 1].Text);
                    if (!(qualified || (!qualifierRequired && words[i].StartsPart)))
                    {
                        continue;
                    }

                    var match = true;
                    for (var j = 0; j < sequence.Length && match; j++)
                    {
                        match = words[i + j].Text == sequence[j];
                    }

                    if (match)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Lower-case words, each marked when it starts a part of the name (the start, or after a separator).</summary>
        internal static List<(string Text, bool StartsPart)> Words(string name)
        {
            var words = new List<(string, bool)>();
            var current = new StringBuilder();
            var startsPart = true;
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                if (!char.IsLetterOrDigit(c))
                {
                    Flush();
                    startsPart = true;
                    continue;
                }

                var previous = i > 0 ? name[i - 1] : '\0';
                var next = i + 1 < name.Length ? name[i + 1] : '\0';
                var boundary = current.Length > 0
                    && ((char.IsUpper(c) && (char.IsLower(previous) || char.IsDigit(previous)))
                        || (char.IsUpper(c) && char.IsUpper(previous) && char.IsLower(next)));
                if (boundary)
                {
                    Flush();
                }

                current.Append(char.ToLowerInvariant(c));
            }

            Flush();
            return words;

            void Flush()
            {
                if (current.Length > 0)
                {
                    words.Add((current.ToString(), startsPart));
                    current.Clear();
                    startsPart = false;
                }
            }
        }
    }
}
