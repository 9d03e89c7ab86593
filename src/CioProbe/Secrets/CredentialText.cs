namespace CioProbe.Secrets
{
    /// <summary>Copy-paste damage around a credential: whitespace, a trailing newline, surrounding quotes.</summary>
    internal static class CredentialText
    {
        private static readonly char[] Quotes = ['"', '\''];

        /// <summary>The value without surrounding whitespace and one pair of surrounding quotes.</summary>
        public static string Clean(string value)
        {
            var trimmed = value.Trim();
            if (trimmed.Length >= 2 && Quotes.Contains(trimmed[0]) && trimmed[^1] == trimmed[0])
            {
                trimmed = trimmed[1..^1].Trim();
            }

            return trimmed;
        }

        /// <summary>Describes what <see cref="Clean"/> removed, or null when the value was clean.</summary>
        public static string? DescribeDamage(string value)
        {
            if (Clean(value) == value)
            {
                return null;
            }

            var problems = new List<string>();
            if (value.EndsWith('\n') || value.EndsWith('\r'))
            {
                problems.Add("a trailing newline");
            }

            var withoutNewline = value.TrimEnd('\r', '\n');
            if (withoutNewline.Length != withoutNewline.Trim().Length)
            {
                problems.Add("surrounding whitespace");
            }

            if (value.Trim().Length >= 2 && Quotes.Contains(value.Trim()[0]))
            {
                problems.Add("surrounding quotes");
            }

            return problems.Count == 0 ? "surrounding whitespace" : string.Join(" and ", problems);
        }

        /// <summary>20 ASCII letters or digits: the shape of a site id and of a Track API key.</summary>
        public static bool IsTrackShaped(string value) => value.Length == 20 && value.All(char.IsAsciiLetterOrDigit);

        /// <summary>The shape of an App API key or a service-account token: longer than a Track key.</summary>
        public static bool IsAppShaped(string value) =>
            value.StartsWith("sa_live_", StringComparison.Ordinal)
            || (value.Length >= 30 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'));
    }
}
