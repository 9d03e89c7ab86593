namespace CioProbe.Configuration
{
    /// <summary>Where a setting's value came from.</summary>
    /// <param name="Trust">How far the source is trusted with where credentials go; higher is more.</param>
    /// <param name="Name">The setting as the user wrote it (<c>CustomerIO:TrackUrl</c>, <c>CUSTOMERIO_TRACK_URL</c>, <c>--track-url</c>).</param>
    /// <param name="SourceName">The source, for messages (<c>--config appsettings.json</c>, a configuration provider).</param>
    internal sealed record SettingOrigin(int Trust, string Name, string SourceName);

    /// <summary>
    /// Credentials go to a host that is not Customer.io's only when the URL naming it comes from a source trusted at least
    /// as far as every credential sent there. Otherwise a weaker source (a pull request's appsettings.json) could send the
    /// keys kept in a stronger one (CI variables, a vault) to whoever wrote it. The tool and the health check share this rule.
    /// </summary>
    internal static class CredentialDestination
    {
        /// <summary>
        /// Why a base URL of <paramref name="options"/> must not receive the credentials sent to it (<see cref="ProbeSetting.Credentials"/>),
        /// or null; <paramref name="originOf"/> tells where each setting's value came from.
        /// </summary>
        public static string? Problem(CustomerIoProbeOptions options, Func<ProbeSetting, SettingOrigin?> originOf, IEnumerable<string> allowedHosts) =>
            ProbeSettingTable.All
                .Where(url => url.Credentials.Count > 0)
                .Select(url => Problem(url.Get(options), originOf(url), url.Api!, url.Credentials.Select(c => (c.Get(options), originOf(c))), allowedHosts))
                .FirstOrDefault(problem => problem is not null);

        /// <summary>
        /// Why <paramref name="url"/> must not receive <paramref name="credentials"/> (naming settings and sources, never
        /// a value), or null when it may: a Customer.io host, an allowed host, an invalid URL (which sends nothing), or a
        /// URL whose source is trusted enough.
        /// </summary>
        public static string? Problem(string? url, SettingOrigin? urlOrigin, string api, IEnumerable<(string? Value, SettingOrigin? Origin)> credentials, IEnumerable<string> allowedHosts)
        {
            if (urlOrigin is null
                || !Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
                || CustomerIoRegion.OfHost(uri.Host) is not null
                || allowedHosts.Any(h => string.Equals(h, uri.Host, StringComparison.OrdinalIgnoreCase) || string.Equals(h, uri.IdnHost, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            var stronger = credentials
                .Where(c => !string.IsNullOrWhiteSpace(c.Value) && c.Origin is not null && c.Origin.Trust > urlOrigin.Trust)
                .Select(c => c.Origin!)
                .MaxBy(o => o.Trust);

            // The URL is not shown: it is the weaker source's, and may carry a token.
            return stronger is null
                ? null
                : $"{urlOrigin.Name} (from {urlOrigin.SourceName}) points the {api} at a host that is not Customer.io's, but {stronger.Name} comes from {stronger.SourceName}, a more trusted source: " +
                  "credentials are not sent to a host named by a less trusted source";
        }
    }
}
