using System;
using System.Collections.Generic;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Whether text can be an email address, judged conservatively: several comma-separated addresses and display-name
    /// forms (<c>Jane &lt;jane@example.com&gt;</c>, valid in a transactional <c>to</c>) pass; only text that no address can
    /// be fails.
    /// </summary>
    internal static class EmailAddresses
    {
        /// <summary>Why the text cannot be an email address, or null when it may be one.</summary>
        public static string? Problem(string text)
        {
            if (text.Trim().Length == 0)
            {
                return "it is empty";
            }

            var parts = SplitOutsideQuotes(text);
            var hasDisplayNames = text.IndexOf('<') >= 0;
            foreach (var part in parts)
            {
                var trimmed = part.Trim();
                if (trimmed.Length == 0)
                {
                    continue;
                }

                // A comma inside an unquoted display name ("Doe, Jane <jane@example.com>") splits it: not a verdict.
                if (parts.Count > 1 && hasDisplayNames && trimmed.IndexOf('@') < 0)
                {
                    continue;
                }

                if (AddressProblem(Address(trimmed)) is { } problem)
                {
                    return problem;
                }
            }

            return null;
        }

        /// <summary>The address of a display-name form, or the text itself.</summary>
        private static string Address(string part)
        {
            var open = part.LastIndexOf('<');
            return open >= 0 && part.EndsWith(">", StringComparison.Ordinal) ? part.Substring(open + 1, part.Length - open - 2).Trim() : part;
        }

        private static string? AddressProblem(string address)
        {
            foreach (var c in address)
            {
                if (char.IsWhiteSpace(c))
                {
                    return "it contains whitespace";
                }
            }

            var at = address.LastIndexOf('@');
            if (at < 0)
            {
                return "it has no @";
            }

            if (at == 0)
            {
                return "nothing comes before the @";
            }

            return at == address.Length - 1 ? "no domain follows the @" : null;
        }

        private static List<string> SplitOutsideQuotes(string text)
        {
            var parts = new List<string>();
            var start = 0;
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '"')
                {
                    quoted = !quoted;
                }
                else if (text[i] == ',' && !quoted)
                {
                    parts.Add(text.Substring(start, i - start));
                    start = i + 1;
                }
            }

            parts.Add(text.Substring(start));
            return parts;
        }
    }
}
