using System;
using System.Collections.Generic;
using System.Linq;

namespace CioAnalyzers.Model.Settings
{
    /// <summary>A setting whose value is a Customer.io URL: in which file, under which key, on which data centre's host.</summary>
    internal sealed record HostSetting(SettingsFile File, SettingEntry Entry, DataCenter DataCenter, string Host);

    /// <summary>
    /// The Customer.io hosts each environment of the application is configured with: the base file
    /// (<c>appsettings.json</c>, <c>Web.config</c>) with each environment's file over it, as the configuration system
    /// layers them (a key the environment's file sets replaces the base file's). Settings whose key names a data centre
    /// (<c>CustomerIO:Eu:TrackUrl</c>, <c>UsAppUrl</c>) form a table to choose from at run time and are left out.
    /// </summary>
    internal static class ConfiguredDataCenters
    {
        public static IEnumerable<(string? Environment, List<HostSetting> Hosts)> ByEnvironment(ProjectSettings settings)
        {
            foreach (var group in settings.Files.GroupBy(f => f.Kind))
            {
                var bases = group.Where(f => f.Environment is null).ToList();
                var environments = group.Select(f => f.Environment).Where(e => e is not null).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                if (bases.Count > 0)
                {
                    yield return (null, Hosts(bases));
                }

                foreach (var environment in environments)
                {
                    var layers = bases.Concat(group.Where(f => string.Equals(f.Environment, environment, StringComparison.OrdinalIgnoreCase)));
                    yield return (environment, Hosts(layers));
                }
            }
        }

        // The last layer's value of each key wins.
        private static List<HostSetting> Hosts(IEnumerable<SettingsFile> layers)
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
            foreach (var (file, entry) in effective.Values)
            {
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

            return hosts;
        }

        private static bool NamesDataCenter(string key)
            => CredentialSettingNames.Words(key).Any(w => w.Text is "us" or "eu" or "europe" or "region" or "regions");
    }
}
