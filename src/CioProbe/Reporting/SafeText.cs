using System.Globalization;
using System.Text;
using CioProbe.Secrets;

namespace CioProbe.Reporting;

/// <summary>
/// What every finding passes through before it leaves the probe: no credential in any form, and no control
/// character, escape sequence or bidirectional override that could rewrite a terminal or the table around it.
/// </summary>
internal sealed class SafeText
{
    private readonly SecretRedactor _redactor;

    public SafeText(SecretRedactor redactor) => _redactor = redactor;

    // Redacted again after the clean-up: a control character inside an echoed key would otherwise split it into pieces the first pass missed.
    public string Of(string text) => _redactor.Redact(Printable(_redactor.Redact(text)));

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

    private static bool IsPrintable(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned => false,
        _ => true,
    };
}
