using System.Buffers;
using System.Globalization;
using System.Text;
using CioProbe.Secrets;

namespace CioProbe.Reporting
{
    /// <summary>
    /// What every finding passes through before it leaves the probe: no credential in any form, and no control
    /// character, escape sequence or bidirectional override that could rewrite a terminal or the table around it.
    /// </summary>
    internal sealed class SafeText
    {
        private readonly SecretRedactor redactor;

        public SafeText(SecretRedactor redactor) => this.redactor = redactor;

        // Invisible characters go first, so a key strewn with them is matched and none of them becomes a '?' inside it.
        // Redacted again after the clean-up, in case a replaced character completes a form.
        public string Of(string text) => this.redactor.Redact(Printable(this.redactor.Redact(WithoutInvisible(text))));

        public string? OfOrNull(string? text) => text is null ? null : Of(text);

        /// <summary>The text with each non-printing character (C0, C1, format, line separators, lone surrogates) replaced by '?'.</summary>
        public static string Printable(string text)
        {
            var result = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    result.Append(c).Append(text[++i]);
                    continue;
                }

                result.Append(IsPrintable(c) ? c : '?');
            }

            return result.ToString();
        }

        /// <summary>The text without zero-width characters and soft hyphens, which show nothing and only split words.</summary>
        public static string WithoutInvisible(string text) =>
            text.AsSpan().IndexOfAny(Invisible) < 0 ? text : string.Concat(text.Where(c => !Invisible.Contains(c)));

        private static readonly SearchValues<char> Invisible = SearchValues.Create("\u00AD\u180E\u200B\u200C\u200D\u2060\u2061\u2062\u2063\u2064\uFEFF");

        private static bool IsPrintable(char c) => char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned => false,
            _ => true,
        };
    }
}
