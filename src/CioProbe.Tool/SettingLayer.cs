using CioProbe.Configuration;
using Microsoft.Extensions.Configuration;

namespace CioProbe.Tool
{
    /// <summary>
    /// One source of the tool's settings, as a configuration over the <c>CustomerIO:*</c> keys; the run's settings are
    /// the layers chained in order, so a later layer wins as a later provider does in an app.
    /// </summary>
    /// <param name="SourceName">The source, for messages (<c>--config appsettings.json</c>).</param>
    /// <param name="Rank">Its place among the tool's sources.</param>
    /// <param name="Configuration">The source's configuration; the probe reads its <c>CustomerIO</c> section.</param>
    /// <param name="NameOf">How the source names a setting found under a section key: <c>CustomerIO:SiteId</c>, <c>CUSTOMERIO_SITE_ID</c>, <c>--site-id</c>.</param>
    internal sealed record SettingLayer(string SourceName, SettingSourceRank Rank, IConfiguration Configuration, Func<ProbeSetting, string, string> NameOf)
    {
        public IConfigurationSection Section => Configuration.GetSection(ProbeConfigurationKeys.DefaultSection);

        /// <summary>A layer that names settings by their section path, as a file or <c>CustomerIO__*</c> variables do.</summary>
        public static SettingLayer OfSection(string sourceName, SettingSourceRank rank, IConfiguration configuration) =>
            new(sourceName, rank, configuration, (_, key) => ConfigurationPath.Combine(ProbeConfigurationKeys.DefaultSection, key));

        /// <summary>Where this layer set <paramref name="setting"/> (under its key before its aliases), or null when it did not.</summary>
        public SettingOrigin? OriginOf(ProbeSetting setting)
        {
            var section = Section;
            return setting.Keys.FirstOrDefault(key => section[key] is not null) is { } key
                ? new SettingOrigin(Trust, NameOf(setting, key), SourceName)
                : null;
        }

        // Options and CUSTOMERIO_* variables are equally trusted: both are set by whoever runs the probe, and an option
        // only overrides a variable for one run.
        private int Trust => Rank == SettingSourceRank.Options ? (int)SettingSourceRank.ProbeVariables : (int)Rank;
    }

    /// <summary>The tool's sources from the weakest to the strongest.</summary>
    internal enum SettingSourceRank
    {
        ConfigFile,
        AppVariables,
        ProbeVariables,
        Options,
    }
}
