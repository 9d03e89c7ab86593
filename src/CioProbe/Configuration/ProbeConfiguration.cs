using Microsoft.Extensions.Configuration;

namespace CioProbe.Configuration;

/// <summary>Reads the probe's settings from a configuration section, the way an app keeps them.</summary>
public static class ProbeConfiguration
{
    /// <summary>
    /// Copies the settings present in <paramref name="section"/> onto <paramref name="options"/>; absent keys leave
    /// the option as it was, so sources can be layered. <c>ApiKey</c> and <c>TrackApiKey</c> name the same setting.
    /// </summary>
    /// <exception cref="InvalidOperationException">Both <c>ApiKey</c> and <c>TrackApiKey</c> are set, to different values.</exception>
    public static CustomerIoProbeOptions Apply(IConfiguration section, CustomerIoProbeOptions options)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(options);
        Set(section, ProbeConfigurationKeys.SiteId, v => options.SiteId = v);
        Set(section, ProbeConfigurationKeys.TrackApiKey, v => options.TrackApiKey = v);
        Set(section, ProbeConfigurationKeys.AppApiKey, v => options.AppApiKey = v);
        Set(section, ProbeConfigurationKeys.Region, v => options.Region = v);
        Set(section, ProbeConfigurationKeys.TrackUrl, v => options.TrackUrl = v);
        Set(section, ProbeConfigurationKeys.AppUrl, v => options.AppUrl = v);

        var alias = section[ProbeConfigurationKeys.ApiKey];
        var track = section[ProbeConfigurationKeys.TrackApiKey];
        if (alias is not null && track is not null && !string.Equals(alias, track, StringComparison.Ordinal))
        {
            // Never name the values: they are keys.
            throw new InvalidOperationException(
                $"'{Path(section, ProbeConfigurationKeys.ApiKey)}' and '{Path(section, ProbeConfigurationKeys.TrackApiKey)}' are both set, to different values; keep one.");
        }

        if (alias is not null && track is null)
        {
            options.TrackApiKey = alias;
        }

        return options;
    }

    /// <summary>New options from the settings in <paramref name="section"/>.</summary>
    public static CustomerIoProbeOptions Read(IConfiguration section) => Apply(section, new CustomerIoProbeOptions());

    private static void Set(IConfiguration section, string key, Action<string> set)
    {
        if (section[key] is { } value)
        {
            set(value);
        }
    }

    private static string Path(IConfiguration section, string key) =>
        section is IConfigurationSection named ? ConfigurationPath.Combine(named.Path, key) : key;
}
