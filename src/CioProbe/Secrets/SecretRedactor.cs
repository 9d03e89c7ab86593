using System.Globalization;
using System.Text;
using CioProbe.Configuration;

namespace CioProbe.Secrets
{
    /// <summary>
    /// Last line of defence: replaces any credential that made its way into a message (an exception text,
    /// an echoed response body) before the text leaves the probe. Matches every form of <see cref="SecretForms"/>
    /// in any case, and any piece of one long enough to narrow a guess (a body cut short mid-token).
    /// </summary>
    internal sealed class SecretRedactor
    {
        // Shorter whole values would match ordinary words; they are never echoed by the probe anyway.
        private const int ShortestRedacted = 6;

        // A shorter piece could be an ordinary word; a longer one gives away too much of a random key.
        private const int ShortestPiece = 8;

        private const string PieceMask = "[redacted]";
        private const string TokenMask = "[redacted Basic credential]";

        private readonly List<(string Form, string Mask)> forms;

        public SecretRedactor(IEnumerable<string?> secrets, string? siteId = null, string? trackKey = null)
        {
            var masked = secrets.SelectMany(s => SecretForms.Of(s).Select(form => (Form: form, Mask: SecretMask.Mask(CredentialText.Clean(s!)))));
            var tokens = SecretForms.BasicTokens(siteId, trackKey).Select(token => (Form: token, Mask: TokenMask));
            forms = masked.Concat(tokens)
                .Where(f => f.Form.Length >= ShortestRedacted)
                .Select(f => (f.Form.ToLowerInvariant(), f.Mask))
                .DistinctBy(f => f.Item1, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>A redactor for the credentials of <paramref name="options"/>.</summary>
        public static SecretRedactor For(CustomerIoProbeOptions options) =>
            new(ProbeSettingTable.All.Where(s => s.IsSecret).Select(s => s.Get(options)), options.SiteId, options.TrackApiKey);

        public string Redact(string text)
        {
            if (forms.Count == 0)
            {
                return text;
            }

            var lower = text.ToLowerInvariant();
            var result = new StringBuilder(text.Length);
            var i = 0;
            while (i < text.Length)
            {
                var (length, mask) = LongestMatchAt(lower, i);
                if (length > 0)
                {
                    result.Append(mask);
                    i += length;
                }
                else
                {
                    result.Append(text[i]);
                    i++;
                }
            }

            return result.ToString();
        }

        // The longest stretch of text at `start` that is a whole form or a piece of one of at least ShortestPiece characters.
        // Separators inside the stretch are skipped (and masked with it): a key split by invisible or control characters, or
        // put back together from short error entries joined with "; ", is still the key.
        private (int Length, string Mask) LongestMatchAt(string text, int start)
        {
            var best = (Length: 0, Mask: string.Empty, Whole: false);
            foreach (var (form, mask) in forms)
            {
                for (var offset = 0; offset < form.Length; offset++)
                {
                    var (matched, end) = MatchAt(text, start, form, offset);
                    var length = end - start;
                    var whole = offset == 0 && matched == form.Length;
                    // On a tie a whole form wins: its mask says which credential it was.
                    if ((whole || matched >= ShortestPiece) && (length > best.Length || (length == best.Length && whole && !best.Whole)))
                    {
                        best = (length, whole ? mask : PieceMask, whole);
                    }
                }
            }

            return (best.Length, best.Mask);
        }

        // How many characters of `form` from `offset` the text at `start` spells, and where the last of them ends.
        private static (int Matched, int End) MatchAt(string text, int start, string form, int offset)
        {
            var matched = 0;
            var end = start;
            var i = start;
            while (i < text.Length && offset + matched < form.Length)
            {
                if (text[i] == form[offset + matched])
                {
                    matched++;
                    end = ++i;
                }
                else if (matched > 0 && IsSeparator(text[i]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            return (matched, end);
        }

        private static bool IsSeparator(char c) =>
            char.IsWhiteSpace(c) || char.IsControl(c) || c is ';' or ',' || char.GetUnicodeCategory(c) == UnicodeCategory.Format;
    }
}
