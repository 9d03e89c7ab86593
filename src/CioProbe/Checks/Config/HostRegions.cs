namespace CioProbe.Checks.Config
{
    /// <summary>
    /// Settings that name hosts of both data centres. A workspace lives in one, so the calls that go to the other
    /// fail. Hosts that are not Customer.io's (a proxy, a test server) have no region and are left out.
    /// </summary>
    internal static class HostRegions
    {
        public static void Check(CustomerIoProbeOptions options, string region, Uri? trackBase, Uri? appBase, ConfigFindings findings)
        {
            var trackSet = !string.IsNullOrWhiteSpace(options.TrackUrl);
            var appSet = !string.IsNullOrWhiteSpace(options.AppUrl);
            var names = options.Names;
            var sources = new List<(string Setting, string? Region)>();

            // The region counts when it was given, or when it picked a host because a URL was left unset.
            if (RegionSetting.IsGiven(options.Region))
            {
                sources.Add(($"{names.Region}={region}", region));
            }
            else if (!trackSet || !appSet)
            {
                sources.Add(($"{names.Region} (not set, so {region})", region));
            }

            if (trackSet)
            {
                sources.Add(Url(names.TrackUrl, trackBase));
            }

            if (appSet)
            {
                sources.Add(Url(names.AppUrl, appBase));
            }

            var byRegion = sources.Where(s => s.Region is not null).GroupBy(s => s.Region!).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            if (byRegion.Count < 2)
            {
                return;
            }

            findings.Warn(
                "The settings name hosts in both data centres: " + string.Join("; ", byRegion.Select(g => $"{g.Key.ToUpperInvariant()} from {string.Join(", ", g.Select(s => s.Setting))}")),
                $"A workspace lives in one data centre, and the other's hosts answer 401 or redirect: use the hosts of the workspace's region for both APIs (set {names.Region} alone, or URLs of the same region). {AnalyzerRules.HostsOfBothRegions}");
        }

        // Only the host, and only a Customer.io one, is shown: the rest of a URL may carry user info or a token.
        private static (string Setting, string? Region) Url(string variable, Uri? uri) =>
            CustomerIoRegion.OfHost(uri?.Host) is { } region ? ($"{variable} ({uri!.Host})", region) : (variable, null);
    }
}
