using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace CioAnalyzers.Model.Settings
{
    /// <summary>A setting whose value is a Customer.io URL: in which file, under which key, on which data centre's host.</summary>
    internal sealed record HostSetting(SettingsFile File, SettingEntry Entry, DataCenter DataCenter, string Host);

    /// <summary>A Customer.io region setting (<c>"CustomerIO": { "Region": "eu" }</c>) and the data centre it names.</summary>
    internal sealed record RegionSetting(SettingsFile File, SettingEntry Entry, DataCenter DataCenter);

    /// <summary>The Customer.io hosts and region settings one environment's configuration gives.</summary>
    internal sealed record EnvironmentHosts(string? Environment, List<HostSetting> Hosts, List<RegionSetting> Regions)
    {
        /// <summary>Words for a message: "the configuration" or "the Production configuration".</summary>
        public string Describe() => Environment is null ? "the configuration" : $"the {Environment} configuration";

        /// <summary>The one data centre every configured host is in; None when there is none or both.</summary>
        public DataCenter OnlyDataCenter
            => Hosts.Count > 0 && Hosts.All(h => h.DataCenter == Hosts[0].DataCenter) ? Hosts[0].DataCenter : DataCenter.None;
    }

    /// <summary>
    /// The Customer.io hosts each environment of the application is configured with: the base file
    /// (<c>appsettings.json</c>, <c>Web.config</c>) with each environment's file over it, as the configuration system
    /// layers them (a key the environment's file sets replaces the base file's). Settings whose key names a data centre
    /// (<c>CustomerIO:Eu:TrackUrl</c>, <c>UsAppUrl</c>) form a table to choose from at run time and are left out.
    /// </summary>
    internal static class ConfiguredDataCenters
    {
        // Depends on the files alone, which are the same objects in every compilation until one is edited.
        private static readonly ConditionalWeakTable<ProjectSettings, List<EnvironmentHosts>> BySettings = new();

        public static IReadOnlyList<EnvironmentHosts> ByEnvironment(ProjectSettings settings)
            => BySettings.GetValue(settings, s => Layered(s).ToList());

        private static IEnumerable<EnvironmentHosts> Layered(ProjectSettings settings)
        {
            foreach (var group in settings.Files.GroupBy(f => f.Kind))
            {
                var bases = group.Where(f => f.Environment is null).ToList();
                var environments = group.Select(f => f.Environment).Where(e => e is not null).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                if (bases.Count > 0)
                {
                    yield return Effective(null, bases);
                }

                foreach (var environment in environments)
                {
                    var layers = bases.Concat(group.Where(f => string.Equals(f.Environment, environment, StringComparison.OrdinalIgnoreCase)));
                    yield return Effective(environment, layers);
                }
            }
        }

        // The last layer's value of each key wins.
        private static EnvironmentHosts Effective(string? environment, IEnumerable<SettingsFile> layers)
        {
            var effective = new Dictionary<string, (SettingsFile File, SettingEntry Entry)>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in layers)
            {
                foreach (var entry in file.Entries)
                {
                    effective[entry.Key] = (file, entry);
                }
            }

            var hosts = new List<HostSetting>();
            var regions = new List<RegionSetting>();
            foreach (var (file, entry) in effective.Values)
            {
                if (RegionOf(entry) is var region && region != DataCenter.None)
                {
                    regions.Add(new RegionSetting(file, entry, region));
                    continue;
                }

                if (entry.Value is not { } value || NamesDataCenter(entry.Key) || !HostScanner.StartsWithHttpScheme(value, out var hostStart))
                {
                    continue;
                }

                var length = HostScanner.HostEnd(value, hostStart) - hostStart;
                var dataCenter = HostScanner.DataCenterAt(value, hostStart, length);
                if (dataCenter != DataCenter.None)
                {
                    hosts.Add(new HostSetting(file, entry, dataCenter, value.Substring(hostStart, length)));
                }
            }

            return new EnvironmentHosts(environment, hosts, regions);
        }

        /// <summary>
        /// The data centre a Customer.io region setting names: a key that says Customer.io and ends in <c>region</c>
        /// (<c>CustomerIO:Region</c>, <c>CUSTOMERIO_REGION</c>) set to <c>us</c> or <c>eu</c> (or the libraries'
        /// <c>RegionUS</c>/<c>RegionEU</c>), in any case.
        /// </summary>
        private static DataCenter RegionOf(SettingEntry entry)
        {
            var words = CredentialSettingNames.Words(entry.Key);
            if (words.Count < 2 || words[words.Count - 1].Text != "region" || !CustomerIoSettingNames.NamesCustomerIo(words))
            {
                return DataCenter.None;
            }

            return entry.Value?.Trim().ToLowerInvariant() switch
            {
                "us" or "regionus" => DataCenter.Us,
                "eu" or "regioneu" => DataCenter.Eu,
                _ => DataCenter.None,
            };
        }

        private static bool NamesDataCenter(string key)
            => CredentialSettingNames.Words(key).Any(w => w.Text is "us" or "eu" or "europe" or "region" or "regions");
    }
}
