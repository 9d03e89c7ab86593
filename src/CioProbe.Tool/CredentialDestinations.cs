namespace CioProbe.Tool;

/// <summary>
/// Credentials go to a host that is not Customer.io's only when the URL naming it comes from a source trusted at least
/// as far as the credentials' (see <see cref="SettingOrigin.Trust"/>), or the host is allowed with --allow-host. Otherwise a weaker source (a pull request's
/// appsettings.json read with --config) could send the keys of CI variables to whoever wrote it.
/// </summary>
internal static class CredentialDestinations
{
    /// <exception cref="UsageException">A URL from a weaker source than a credential sent to it names a host that is not Customer.io's.</exception>
    public static void Check(CustomerIoProbeOptions options, SettingOrigins origins, IReadOnlyCollection<string> allowedHosts)
    {
        Check(options.TrackUrl, nameof(options.TrackUrl), "Track API", origins, allowedHosts, (options.SiteId, nameof(options.SiteId)), (options.TrackApiKey, nameof(options.TrackApiKey)));
        Check(options.AppUrl, nameof(options.AppUrl), "App API", origins, allowedHosts, (options.AppApiKey, nameof(options.AppApiKey)));
    }

    private static void Check(string? url, string urlSetting, string api, SettingOrigins origins, IReadOnlyCollection<string> allowedHosts, params (string? Value, string Setting)[] credentials)
    {
        // An invalid URL sends nothing: the config check reports it.
        if (origins.Of(urlSetting) is not { } urlOrigin
            || !Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
            || CustomerIoRegion.OfHost(uri.Host) is not null
            || allowedHosts.Any(h => string.Equals(h, uri.Host, StringComparison.OrdinalIgnoreCase) || string.Equals(h, uri.IdnHost, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var stronger = credentials
            .Where(c => !string.IsNullOrWhiteSpace(c.Value))
            .Select(c => origins.Of(c.Setting))
            .Where(o => o is not null && o.Trust > urlOrigin.Trust)
            .MaxBy(o => o!.Trust);
        if (stronger is not null)
        {
            // The setting and the sources are named, never the URL: it is the file author's, and may carry a token.
            throw new UsageException(
                $"{urlOrigin.Name} (from {urlOrigin.SourceName}) points the {api} at a host that is not Customer.io's, but {stronger.Name} comes from {stronger.SourceName}, a more trusted source: " +
                "the probe does not send credentials to a host named by a weaker source. Set the URL where the credentials are set, or pass --allow-host with that host name if it is yours.");
        }
    }
}
