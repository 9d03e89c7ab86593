namespace CioProbe.Secrets
{
    /// <summary>The only form in which a credential may appear in output: at most its first 4 characters and its length.</summary>
    public static class SecretMask
    {
        // Below this length the first 4 characters would give away too much of the value.
        private const int ShortestWithPrefix = 12;

        /// <summary>For example <c>ab12... (20 chars)</c>; only the length for short values.</summary>
        public static string Mask(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return "(empty)";
            }

            return value.Length >= ShortestWithPrefix
                ? $"{Printable(value[..4])}... ({value.Length} chars)"
                : $"({value.Length} chars)";
        }

        // A prefix with a control character would break the one-line output.
        private static string Printable(string prefix) =>
            string.Concat(prefix.Select(c => char.IsControl(c) || char.IsWhiteSpace(c) ? '?' : c));
    }
}
