using CioProbe.Secrets;

namespace CioProbe.Checks;

/// <summary>The <c>config</c> check: required values present, credential shapes, region and URLs.</summary>
internal static class ConfigCheck
{
    public sealed record Outcome(CheckResult Result, ResolvedConfiguration? Configuration, string Region, string? TrackUrl, string? AppUrl)
    {
        public bool IsConfigurationError => Configuration is null;
    }

    private sealed record Finding(CheckStatus Status, string Message, string Advice);

    public static Outcome Run(CustomerIoProbeOptions options)
    {
        var findings = new List<Finding>();
        var blocking = false;

        var siteId = Required(options.SiteId, ProbeEnvironmentVariables.SiteId, "--site-id", "site id", findings, ref blocking);
        var trackKey = Required(options.TrackApiKey, ProbeEnvironmentVariables.TrackApiKey, "--api-key", "Track API key", findings, ref blocking);
        var appKey = Optional(options.AppApiKey, ProbeEnvironmentVariables.AppApiKey, findings);

        CheckShapes(siteId, trackKey, appKey, findings);
        CheckDuplicates(siteId, trackKey, appKey, findings);

        var region = ResolveRegion(options.Region, findings, ref blocking);
        var trackBase = ResolveUrl(options.TrackUrl, CustomerIoRegion.TrackHost(region), ProbeEnvironmentVariables.TrackUrl, findings, ref blocking);
        var appBase = ResolveUrl(options.AppUrl, CustomerIoRegion.AppHost(region), ProbeEnvironmentVariables.AppUrl, findings, ref blocking);

        CheckLimits(options, findings, ref blocking);

        var configuration = blocking || siteId is null || trackKey is null || trackBase is null || appBase is null
            ? null
            : new ResolvedConfiguration(siteId, trackKey, appKey, region, trackBase, appBase);

        var result = Summarise(findings, siteId, trackKey, appKey, region);
        return new Outcome(result, configuration, region, Display(trackBase), Display(appBase));
    }

    private static string? Required(string? raw, string variable, string option, string what, List<Finding> findings, ref bool blocking)
    {
        if (string.IsNullOrWhiteSpace(raw) || CredentialText.Clean(raw).Length == 0)
        {
            blocking = true;
            findings.Add(new Finding(
                CheckStatus.Fail,
                $"{variable} is {(raw is null ? "not set" : "empty")}",
                $"Set {variable} (or pass {option}) to the workspace's {what} from Settings > Workspace Settings > API Credentials."));
            return null;
        }

        return CleanAndReport(raw, variable, findings);
    }

    private static string? Optional(string? raw, string variable, List<Finding> findings) =>
        string.IsNullOrWhiteSpace(raw) ? null : CleanAndReport(raw, variable, findings);

    private static string CleanAndReport(string raw, string variable, List<Finding> findings)
    {
        var damage = CredentialText.DescribeDamage(raw);
        if (damage is not null)
        {
            findings.Add(new Finding(
                CheckStatus.Warn,
                $"{variable} has {damage}",
                $"Remove it where {variable} is set (a secret file written with echo ends in a newline): Customer.io treats it as part of the value and answers 401. The probe trimmed it for the live checks."));
        }

        var cleaned = CredentialText.Clean(raw);
        if (cleaned.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            findings.Add(new Finding(
                CheckStatus.Warn,
                $"{variable} has whitespace or control characters inside the value",
                $"Customer.io credentials are one unbroken word: copy {variable} again, in one piece."));
        }

        return cleaned;
    }

    private static void CheckShapes(string? siteId, string? trackKey, string? appKey, List<Finding> findings)
    {
        if (siteId is not null && !CredentialText.IsTrackShaped(siteId))
        {
            findings.Add(new Finding(
                CheckStatus.Warn,
                $"{ProbeEnvironmentVariables.SiteId} is {Shape(siteId)}, not 20 letters or digits",
                "Copy the site id again from Settings > Workspace Settings > API Credentials; it may be truncated or hold extra characters."));
        }

        if (trackKey is not null && CredentialText.IsAppShaped(trackKey))
        {
            findings.Add(new Finding(
                CheckStatus.Warn,
                $"{ProbeEnvironmentVariables.TrackApiKey} looks like an App API key ({Shape(trackKey)})",
                $"The Track API needs the Track API key paired with the site id; an App API key belongs in {ProbeEnvironmentVariables.AppApiKey}."));
        }
        else if (trackKey is not null && !CredentialText.IsTrackShaped(trackKey))
        {
            findings.Add(new Finding(
                CheckStatus.Warn,
                $"{ProbeEnvironmentVariables.TrackApiKey} is {Shape(trackKey)}, not 20 letters or digits",
                "Copy the Track API key again from Settings > Workspace Settings > API Credentials; it may be truncated or hold extra characters."));
        }

        if (appKey is not null && CredentialText.IsTrackShaped(appKey))
        {
            findings.Add(new Finding(
                CheckStatus.Warn,
                $"{ProbeEnvironmentVariables.AppApiKey} looks like a Track API key or site id (20 letters or digits)",
                "Create or copy an App API key under Settings > Account Settings > API Credentials > App API Keys; Track keys get 401 on the App API."));
        }
    }

    private static void CheckDuplicates(string? siteId, string? trackKey, string? appKey, List<Finding> findings)
    {
        var slots = new (string Variable, string? Value)[]
        {
            (ProbeEnvironmentVariables.SiteId, siteId),
            (ProbeEnvironmentVariables.TrackApiKey, trackKey),
            (ProbeEnvironmentVariables.AppApiKey, appKey),
        };

        for (var i = 0; i < slots.Length; i++)
        {
            for (var j = i + 1; j < slots.Length; j++)
            {
                if (slots[i].Value is { } a && slots[j].Value is { } b && a == b)
                {
                    findings.Add(new Finding(
                        CheckStatus.Fail,
                        $"{slots[i].Variable} and {slots[j].Variable} hold the same value",
                        "Each slot needs its own credential: the site id, the Track API key and the App API key are three different values."));
                }
            }
        }
    }

    // In-process callers set these directly; the resilience pipeline rejects values outside its ranges.
    private static void CheckLimits(CustomerIoProbeOptions options, List<Finding> findings, ref bool blocking)
    {
        var problems = new List<string>();
        if (options.RequestTimeout < TimeSpan.FromMilliseconds(10) || options.RequestTimeout > TimeSpan.FromHours(1))
        {
            problems.Add("RequestTimeout must be between 10 ms and 1 hour");
        }

        if (options.Deadline <= TimeSpan.Zero || options.Deadline > TimeSpan.FromDays(1))
        {
            problems.Add("Deadline must be positive and at most 1 day");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            problems.Add("MaxRetries must be between 0 and 10");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryBaseDelay > TimeSpan.FromMinutes(1))
        {
            problems.Add("RetryBaseDelay must be between 0 and 1 minute");
        }

        if (problems.Count > 0)
        {
            blocking = true;
            findings.Add(new Finding(CheckStatus.Fail, string.Join("; ", problems), "Fix the probe options (--timeout, --deadline, --retries, --retry-delay)."));
        }
    }

    private static string ResolveRegion(string? raw, List<Finding> findings, ref bool blocking)
    {
        var region = raw?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(region))
        {
            return CustomerIoRegion.Us;
        }

        if (region is CustomerIoRegion.Us or CustomerIoRegion.Eu)
        {
            return region;
        }

        blocking = true;
        findings.Add(new Finding(
            CheckStatus.Fail,
            $"{ProbeEnvironmentVariables.Region} is '{Printable(region)}', expected us or eu",
            $"Set {ProbeEnvironmentVariables.Region} (or --region) to us or eu: the data centre shown in the workspace settings."));
        return CustomerIoRegion.Us;
    }

    private static Uri? ResolveUrl(string? raw, string regionDefault, string variable, List<Finding> findings, ref bool blocking)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return new Uri(regionDefault);
        }

        if (!Uri.TryCreate(raw.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            blocking = true;
            findings.Add(new Finding(
                CheckStatus.Fail,
                $"{variable} is not an absolute http(s) URL",
                $"Set {variable} to a base URL such as {regionDefault}, or unset it to use the region's host."));
            return null;
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            findings.Add(new Finding(
                CheckStatus.Warn,
                $"{variable} uses plain http ({Display(uri)})",
                "Credentials would cross the network unencrypted; use https."));
        }

        return uri;
    }

    private static CheckResult Summarise(List<Finding> findings, string? siteId, string? trackKey, string? appKey, string region)
    {
        if (findings.Count == 0)
        {
            var app = appKey is null ? "no App API key" : $"App API key {SecretMask.Mask(appKey)}";
            return new CheckResult(
                CheckIds.Config,
                CheckStatus.Ok,
                $"Site id {SecretMask.Mask(siteId)}, Track API key {SecretMask.Mask(trackKey)}, {app}, region {region}");
        }

        var worst = findings.Max(f => f.Status);
        var shown = findings.Where(f => f.Status == worst).ToList();
        return new CheckResult(
            CheckIds.Config,
            worst,
            string.Join("; ", shown.Select(f => f.Message)),
            string.Join(" ", shown.Select(f => f.Advice).Distinct()));
    }

    private static string Shape(string value) => $"{value.Length} characters";

    private static string Printable(string value) =>
        value.Length > 20 ? value[..20] + "..." : value;

    /// <summary>The URL as shown in output: scheme, host, port and path; never user info or a query.</summary>
    internal static string? Display(Uri? uri) => uri?.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/');
}
