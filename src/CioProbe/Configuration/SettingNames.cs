using Microsoft.Extensions.Configuration;

namespace CioProbe.Configuration
{
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
    /// <param name="Source">Where the settings came from.</param>
    /// <param name="Of">The name of a setting of <see cref="ProbeSettingTable"/>.</param>
    internal sealed record SettingNames(SettingSource Source, Func<ProbeSetting, string> Of)
    {
        public static SettingNames CommandLine { get; } = new(SettingSource.CommandLine, s => s.Variable);

        public static SettingNames Environment { get; } = new(SettingSource.Environment, s => s.Variable);

        public static SettingNames Code { get; } = new(SettingSource.Code, s => Property(s.Property));

        public string SiteId => Of(ProbeSettingTable.SiteId);

        public string TrackApiKey => Of(ProbeSettingTable.TrackApiKey);

        public string AppApiKey => Of(ProbeSettingTable.AppApiKey);

        public string Region => Of(ProbeSettingTable.Region);

        public string TrackUrl => Of(ProbeSettingTable.TrackUrl);

        public string AppUrl => Of(ProbeSettingTable.AppUrl);

        /// <summary>The limits have no configuration keys: outside the command line they are set in code.</summary>
        public string RequestTimeout => Source == SettingSource.CommandLine ? "--timeout" : Property(nameof(CustomerIoProbeOptions.RequestTimeout));

        public string Deadline => Source == SettingSource.CommandLine ? "--deadline" : Property(nameof(CustomerIoProbeOptions.Deadline));

        public string MaxRetries => Source == SettingSource.CommandLine ? "--retries" : Property(nameof(CustomerIoProbeOptions.MaxRetries));

        public string RetryBaseDelay => Source == SettingSource.CommandLine ? "--retry-delay" : Property(nameof(CustomerIoProbeOptions.RetryBaseDelay));

        /// <summary>The paths of <paramref name="section"/>'s keys; each setting under whichever of its keys is set (the Track key's alias).</summary>
        public static SettingNames For(IConfiguration section) => new(
            SettingSource.Configuration,
            s => PathOf(section, s.Keys.FirstOrDefault(key => section[key] is not null) ?? s.Key));

        /// <summary>" (or pass --site-id)" when the setting has a cio-probe option too; empty otherwise.</summary>
        public string OrOption(string option, string verb = "") =>
            Source == SettingSource.CommandLine ? $" (or {verb}{option})" : string.Empty;

        /// <summary>The configuration path of <paramref name="key"/> in <paramref name="section"/>: <c>CustomerIO:SiteId</c>.</summary>
        public static string PathOf(IConfiguration section, string key) =>
            section is IConfigurationSection named && named.Path.Length > 0 ? ConfigurationPath.Combine(named.Path, key) : key;

        private static string Property(string name) => $"{nameof(CustomerIoProbeOptions)}.{name}";
    }
}
