namespace CioProbe.Configuration
{
    /// <summary>
    /// The probe's six settings and their names in every source: the one table the library's <c>CUSTOMERIO_*</c>
    /// reader, the health check's section reader, the tool's layers and the findings' wording all read.
    /// </summary>
    internal static class ProbeSettingTable
    {
        public static ProbeSetting SiteId { get; } = new(
            nameof(CustomerIoProbeOptions.SiteId), ProbeConfigurationKeys.SiteId, ProbeEnvironmentVariables.SiteId, "--site-id", "site id",
            $"Workspace site id [env {ProbeEnvironmentVariables.SiteId}]",
            IsSecret: true, IsRequired: true, o => o.SiteId, (o, v) => o.SiteId = v);

        public static ProbeSetting TrackApiKey { get; } = new(
            nameof(CustomerIoProbeOptions.TrackApiKey), ProbeConfigurationKeys.TrackApiKey, ProbeEnvironmentVariables.TrackApiKey, "--api-key", "Track API key",
            $"Track API key [env {ProbeEnvironmentVariables.TrackApiKey}]; prefer the variable: options show in process lists",
            IsSecret: true, IsRequired: true, o => o.TrackApiKey, (o, v) => o.TrackApiKey = v)
        {
            Aliases = [ProbeConfigurationKeys.ApiKey],
        };

        public static ProbeSetting AppApiKey { get; } = new(
            nameof(CustomerIoProbeOptions.AppApiKey), ProbeConfigurationKeys.AppApiKey, ProbeEnvironmentVariables.AppApiKey, "--app-api-key", "App API key",
            $"App API key, optional [env {ProbeEnvironmentVariables.AppApiKey}]",
            IsSecret: true, IsRequired: false, o => o.AppApiKey, (o, v) => o.AppApiKey = v);

        public static ProbeSetting Region { get; } = new(
            nameof(CustomerIoProbeOptions.Region), ProbeConfigurationKeys.Region, ProbeEnvironmentVariables.Region, "--region", "region",
            $"us or eu [env {ProbeEnvironmentVariables.Region}, default us]",
            IsSecret: false, IsRequired: false, o => o.Region, (o, v) => o.Region = v);

        public static ProbeSetting TrackUrl { get; } = new(
            nameof(CustomerIoProbeOptions.TrackUrl), ProbeConfigurationKeys.TrackUrl, ProbeEnvironmentVariables.TrackUrl, "--track-url", "Track API base URL",
            $"Track API base URL [env {ProbeEnvironmentVariables.TrackUrl}, default the region's host]",
            IsSecret: false, IsRequired: false, o => o.TrackUrl, (o, v) => o.TrackUrl = v)
        {
            Api = "Track API",
            Credentials = [SiteId, TrackApiKey],
        };

        public static ProbeSetting AppUrl { get; } = new(
            nameof(CustomerIoProbeOptions.AppUrl), ProbeConfigurationKeys.AppUrl, ProbeEnvironmentVariables.AppUrl, "--app-url", "App API base URL",
            $"App API base URL [env {ProbeEnvironmentVariables.AppUrl}, default the region's host]",
            IsSecret: false, IsRequired: false, o => o.AppUrl, (o, v) => o.AppUrl = v)
        {
            Api = "App API",
            Credentials = [AppApiKey],
        };

        /// <summary>Every setting, in the order options, help and messages list them.</summary>
        public static IReadOnlyList<ProbeSetting> All { get; } = [SiteId, TrackApiKey, AppApiKey, Region, TrackUrl, AppUrl];

        /// <summary>The section keys, for messages: "SiteId, ApiKey (or TrackApiKey), AppApiKey, Region, TrackUrl and AppUrl".</summary>
        public static string KeyList
        {
            get
            {
                var keys = All.Select(s => s.Aliases.Count == 0 ? s.Key : $"{string.Join(", ", s.Aliases)} (or {s.Key})").ToList();
                return $"{string.Join(", ", keys.SkipLast(1))} and {keys[^1]}";
            }
        }

        /// <summary>Whether <paramref name="key"/> is one of the probe's section keys (any case, as configuration keys are).</summary>
        public static bool IsKey(string key) => All.Any(s => s.Keys.Contains(key, StringComparer.OrdinalIgnoreCase));
    }
}
