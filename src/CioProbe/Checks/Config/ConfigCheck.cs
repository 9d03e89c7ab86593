using CioProbe.Configuration;
using CioProbe.Http;
using CioProbe.Secrets;

namespace CioProbe.Checks.Config
{
    /// <summary>The <c>config</c> check: required values present, credential shapes, region and URLs. Sends nothing.</summary>
    internal static class ConfigCheck
    {
        public sealed record Outcome(CheckResult Result, ResolvedConfiguration? Configuration, string Region, string? TrackUrl, string? AppUrl)
        {
            public bool IsConfigurationError => Configuration is null;
        }

        public static Outcome Run(CustomerIoProbeOptions options)
        {
            var findings = new ConfigFindings();
            var names = options.Names;

            var siteId = CredentialValues.Required(options.SiteId, names.SiteId, names, ProbeSettingTable.SiteId.Option, ProbeSettingTable.SiteId.Description, findings);
            var trackKey = CredentialValues.Required(options.TrackApiKey, names.TrackApiKey, names, ProbeSettingTable.TrackApiKey.Option, ProbeSettingTable.TrackApiKey.Description, findings);
            var appKey = CredentialValues.Optional(options.AppApiKey, names.AppApiKey, findings);

            CredentialShapes.Check(siteId, trackKey, appKey, names, findings);
            CredentialDuplicates.Check(siteId, trackKey, appKey, names, findings);

            var region = RegionSetting.Resolve(options.Region, names, findings);
            var trackBase = BaseUrlSetting.Resolve(options.TrackUrl, CustomerIoRegion.TrackHost(region), names.TrackUrl, findings);
            var appBase = BaseUrlSetting.Resolve(options.AppUrl, CustomerIoRegion.AppHost(region), names.AppUrl, findings);
            HostRegions.Check(options, region, trackBase, appBase, findings);

            ProbeLimits.Check(options, findings);

            var configuration = findings.Blocking || siteId is null || trackKey is null || trackBase is null || appBase is null
                ? null
                : new ResolvedConfiguration(siteId, trackKey, appKey, region, trackBase, appBase);

            var result = Summarise(findings.All, siteId, trackKey, appKey, region);
            return new Outcome(result, configuration, region, UrlDisplay.Of(trackBase), UrlDisplay.Of(appBase));
        }

        private static CheckResult Summarise(IReadOnlyList<ConfigFinding> findings, string? siteId, string? trackKey, string? appKey, string region)
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
    }
}
