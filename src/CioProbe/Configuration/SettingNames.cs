using Microsoft.Extensions.Configuration;

namespace CioProbe.Configuration;

/// <summary>Where a run's settings came from.</summary>
internal enum SettingSource
{
    /// <summary><c>CUSTOMERIO_*</c> variables, each of which a cio-probe option can override.</summary>
    CommandLine,
    /// <summary><c>CUSTOMERIO_*</c> variables only.</summary>
    Environment,
    /// <summary>A configuration section such as <c>CustomerIO</c>.</summary>
    Configuration,
    /// <summary>Properties set in code.</summary>
    Code,
}

/// <summary>
/// The names findings and advice give each setting: the ones the user set it under, so that "CustomerIO:SiteId is
/// not set" points at appsettings.json and "CUSTOMERIO_SITE_ID is not set" at the environment.
/// </summary>
internal sealed record SettingNames(SettingSource Source, string SiteId, string TrackApiKey, string AppApiKey, string Region, string TrackUrl, string AppUrl)
{
    public static SettingNames CommandLine { get; } = Variables(SettingSource.CommandLine);

    public static SettingNames Environment { get; } = Variables(SettingSource.Environment);

    public static SettingNames Code { get; } = new(
        SettingSource.Code,
        Property(nameof(CustomerIoProbeOptions.SiteId)),
        Property(nameof(CustomerIoProbeOptions.TrackApiKey)),
        Property(nameof(CustomerIoProbeOptions.AppApiKey)),
        Property(nameof(CustomerIoProbeOptions.Region)),
        Property(nameof(CustomerIoProbeOptions.TrackUrl)),
        Property(nameof(CustomerIoProbeOptions.AppUrl)));

    /// <summary>The limits have no configuration keys: outside the command line they are set in code.</summary>
    public string RequestTimeout => Source == SettingSource.CommandLine ? "--timeout" : Property(nameof(CustomerIoProbeOptions.RequestTimeout));

    public string Deadline => Source == SettingSource.CommandLine ? "--deadline" : Property(nameof(CustomerIoProbeOptions.Deadline));

    public string MaxRetries => Source == SettingSource.CommandLine ? "--retries" : Property(nameof(CustomerIoProbeOptions.MaxRetries));

    public string RetryBaseDelay => Source == SettingSource.CommandLine ? "--retry-delay" : Property(nameof(CustomerIoProbeOptions.RetryBaseDelay));

    /// <summary>The paths of <paramref name="section"/>'s keys; the Track key under whichever of its two names is set.</summary>
    public static SettingNames For(IConfiguration section)
    {
        var trackKey = section[ProbeConfigurationKeys.TrackApiKey] is null && section[ProbeConfigurationKeys.ApiKey] is not null
            ? ProbeConfigurationKeys.ApiKey
            : ProbeConfigurationKeys.TrackApiKey;
        return new SettingNames(
            SettingSource.Configuration,
            PathOf(section, ProbeConfigurationKeys.SiteId),
            PathOf(section, trackKey),
            PathOf(section, ProbeConfigurationKeys.AppApiKey),
            PathOf(section, ProbeConfigurationKeys.Region),
            PathOf(section, ProbeConfigurationKeys.TrackUrl),
            PathOf(section, ProbeConfigurationKeys.AppUrl));
    }

    /// <summary>" (or pass --site-id)" when the setting has a cio-probe option too; empty otherwise.</summary>
    public string OrOption(string option, string verb = "") =>
        Source == SettingSource.CommandLine ? $" (or {verb}{option})" : string.Empty;

    /// <summary>The configuration path of <paramref name="key"/> in <paramref name="section"/>: <c>CustomerIO:SiteId</c>.</summary>
    public static string PathOf(IConfiguration section, string key) =>
        section is IConfigurationSection named && named.Path.Length > 0 ? ConfigurationPath.Combine(named.Path, key) : key;

    private static SettingNames Variables(SettingSource source) => new(
        source,
        ProbeEnvironmentVariables.SiteId,
        ProbeEnvironmentVariables.TrackApiKey,
        ProbeEnvironmentVariables.AppApiKey,
        ProbeEnvironmentVariables.Region,
        ProbeEnvironmentVariables.TrackUrl,
        ProbeEnvironmentVariables.AppUrl);

    private static string Property(string name) => $"{nameof(CustomerIoProbeOptions)}.{name}";
}
