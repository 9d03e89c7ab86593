using CioProbe.Http;

namespace CioProbe.Checks.Config
{
    /// <summary>Reads a base URL override (<c>CUSTOMERIO_TRACK_URL</c>, <c>CUSTOMERIO_APP_URL</c>): the region's host when unset.</summary>
    internal static class BaseUrlSetting
    {
        public static Uri? Resolve(string? raw, string regionDefault, string variable, ConfigFindings findings)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                return new Uri(regionDefault);
            }

            if (!Uri.TryCreate(raw.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                findings.Block(
                    $"{variable} is not an absolute http(s) URL",
                    $"Set {variable} to a base URL such as {regionDefault}, or unset it to use the region's host.");
                return null;
            }

            if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
            {
                findings.Warn(
                    $"{variable} uses plain http ({UrlDisplay.Of(uri)})",
                    "Credentials would cross the network unencrypted; use https.");
            }

            return uri;
        }
    }
}
