using System.Net;
using System.Text;

namespace CioProbe.Tests
{
    /// <summary>Searches output for every form a credential can take on the wire, and for any 8-character piece of one, in any case.</summary>
    public static class SecretLeaks
    {
        private const int Piece = 8;

        /// <summary>The forms of the secrets (and of the Basic token of the site id and Track key) found in <paramref name="output"/>.</summary>
        public static IReadOnlyList<string> Find(string output, string? siteId, string? trackKey, string? appKey, params string?[] otherSecrets)
        {
            var secrets = new[] { siteId, trackKey, appKey }.Concat(otherSecrets)
                .Where(s => !string.IsNullOrWhiteSpace(s))
                .Select(s => s!)
                .ToList();

            var forms = new List<string>();
            foreach (var secret in secrets)
            {
                foreach (var value in new[] { secret, secret.Trim() })
                {
                    forms.AddRange([value, Uri.EscapeDataString(value), WebUtility.UrlEncode(value)]);
                    if (value.Length >= Piece)
                    {
                        forms.AddRange(Enumerable.Range(0, value.Length - Piece + 1).Select(i => value.Substring(i, Piece)));
                    }
                }
            }

            if (!string.IsNullOrWhiteSpace(siteId) && !string.IsNullOrWhiteSpace(trackKey))
            {
                foreach (var pair in new[] { $"{siteId}:{trackKey}", $"{siteId.Trim()}:{trackKey.Trim()}" })
                {
                    var token = Convert.ToBase64String(Encoding.UTF8.GetBytes(pair));
                    forms.AddRange([token, token.TrimEnd('='), Uri.EscapeDataString(token)]);
                }
            }

            // Pieces with a line break are not something a reader could copy from one line; whole forms still count.
            return forms
                .Where(f => f.Trim().Length >= 6)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Where(f => output.Contains(f, StringComparison.OrdinalIgnoreCase))
                .ToList();
        }

        public static void AssertNone(string output, string? siteId, string? trackKey, string? appKey, params string?[] otherSecrets)
        {
            var found = Find(output, siteId, trackKey, appKey, otherSecrets);
            Assert.True(found.Count == 0, $"secret forms in the output: {string.Join(", ", found)}\n{output}");
        }

        /// <summary>Everything a CLI run printed, checked against the credentials in its environment.</summary>
        public static void AssertNone(CliRun run, IReadOnlyDictionary<string, string?> environment, params string?[] otherSecrets) =>
            AssertNone(run.Stdout + "\n" + run.Stderr, environment.GetValueOrDefault("CUSTOMERIO_SITE_ID"), environment.GetValueOrDefault("CUSTOMERIO_API_KEY"), environment.GetValueOrDefault("CUSTOMERIO_APP_API_KEY"), otherSecrets);
    }
}
