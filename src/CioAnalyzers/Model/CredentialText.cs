using System;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// What a real Customer.io or Segment key looks like, to tell it from a placeholder: site ids and Track API keys are
    /// 20 characters of [A-Za-z0-9], App API keys and write keys longer. Placeholders ("YOUR_API_KEY", "xxx", "changeme",
    /// "test", "12345678901234567890", "abcdefghij0123456789") fail at least one test.
    /// </summary>
    internal static class CredentialText
    {
        public const int MinimumLength = 20;

        private const int LongestAscendingRun = 5;

        /// <summary>Generated keys use many characters: a 20-character hex key has about 12 distinct ones.</summary>
        private const int MinimumDistinctCharacters = 8;

        private static readonly string[] PlaceholderWords =
        {
            "your", "xxx", "change", "test", "example", "sample", "placeholder", "dummy", "fake", "secret", "key", "siteid",
            "insert", "replace", "todo", "demo",
        };

        public static bool LooksLikeARealKey(string text)
        {
            if (text.Length < MinimumLength)
            {
                return false;
            }

            bool hasLetter = false, hasDigit = false;
            var run = 1;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                {
                    hasLetter = true;
                }
                else if (c >= '0' && c <= '9')
                {
                    hasDigit = true;
                }
                else
                {
                    return false;
                }

                // "abcdef", "123456": typed, not generated.
                run = i > 0 && char.ToLowerInvariant(c) == char.ToLowerInvariant(text[i - 1]) + 1 ? run + 1 : 1;
                if (run > LongestAscendingRun)
                {
                    return false;
                }
            }

            if (!hasLetter || !hasDigit || MostFrequentCount(text) * 3 > text.Length || DistinctCount(text) < MinimumDistinctCharacters)
            {
                return false;
            }

            foreach (var word in PlaceholderWords)
            {
                if (text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return false;
                }
            }

            return true;
        }

        private static int DistinctCount(string text)
        {
            var seen = new bool[128];
            var distinct = 0;
            foreach (var c in text)
            {
                if (!seen[c & 127])
                {
                    seen[c & 127] = true;
                    distinct++;
                }
            }

            return distinct;
        }

        private static int MostFrequentCount(string text)
        {
            var counts = new int[128];
            var most = 0;
            foreach (var c in text)
            {
                most = Math.Max(most, ++counts[c & 127]);
            }

            return most;
        }
    }
}
