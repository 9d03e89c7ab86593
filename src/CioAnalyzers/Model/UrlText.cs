using System;

namespace CioAnalyzers.Model
{
    /// <summary>Reads the scheme and host of URL text in place: the one scanner behind every host test.</summary>
    internal static class UrlText
    {
        public const string SchemeSeparator = "://";

        /// <summary>True when the scheme ending at <paramref name="separator"/> is http or https (any case).</summary>
        public static bool IsHttpScheme(string text, int separator)
            => EndsWithAt(text, separator, "http") || EndsWithAt(text, separator, "https");

        /// <summary>True when <paramref name="text"/> starts with <c>http://</c> or <c>https://</c> (any case); gives where the host starts.</summary>
        public static bool StartsWithHttpScheme(string text, out int hostStart)
        {
            var separator = text.IndexOf(SchemeSeparator, StringComparison.Ordinal);
            hostStart = separator + SchemeSeparator.Length;
            return separator is 4 or 5 && IsHttpScheme(text, separator);
        }

        /// <summary>Where the host starting at <paramref name="start"/> ends: at a port, path, query, fragment, white space or the end.</summary>
        public static int HostEnd(string text, int start)
        {
            var end = start;
            while (end < text.Length && text[end] is not (':' or '/' or '?' or '#') && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            return end;
        }

        private static bool EndsWithAt(string text, int end, string scheme)
            => end >= scheme.Length && string.Compare(text, end - scheme.Length, scheme, 0, scheme.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
