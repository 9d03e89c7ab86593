using System.Net;
using System.Text;

namespace CioProbe.Secrets
{
    /// <summary>
    /// Every form in which a credential can come back on the wire: as configured, trimmed, percent- or form-encoded,
    /// and inside the Basic token <c>base64(site id:Track key)</c>, padded or not.
    /// </summary>
    internal static class SecretForms
    {
        /// <summary>The forms of one credential; each is shown as the credential's mask when found whole.</summary>
        public static IEnumerable<string> Of(string? secret)
        {
            if (string.IsNullOrEmpty(secret))
            {
                yield break;
            }

            foreach (var value in new[] { secret, CredentialText.Clean(secret) })
            {
                yield return value;
                yield return Uri.EscapeDataString(value);
                yield return WebUtility.UrlEncode(value);
            }
        }

        /// <summary>The Basic tokens the pair can produce, from the raw and the cleaned values (the probe sends the cleaned ones).</summary>
        public static IEnumerable<string> BasicTokens(string? siteId, string? trackKey)
        {
            if (string.IsNullOrEmpty(siteId) || string.IsNullOrEmpty(trackKey))
            {
                yield break;
            }

            foreach (var site in new[] { siteId, CredentialText.Clean(siteId) }.Distinct(StringComparer.Ordinal))
            {
                foreach (var key in new[] { trackKey, CredentialText.Clean(trackKey) }.Distinct(StringComparer.Ordinal))
                {
                    var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{site}:{key}"));
                    yield return token;
                    yield return token.TrimEnd('=');
                    yield return Uri.EscapeDataString(token);
                }
            }
        }
    }
}
