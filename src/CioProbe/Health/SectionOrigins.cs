using CioProbe.Configuration;
using Microsoft.Extensions.Configuration;

namespace CioProbe.Health
{
    /// <summary>
    /// Which of the app's configuration providers gave each setting of a registration's section, so the health check
    /// keeps the tool's rule on where credentials may go (<see cref="CredentialDestination"/>). A later provider overrides
    /// an earlier one (environment variables over appsettings.json), so it is trusted further; a value set in code is
    /// trusted most.
    /// </summary>
    internal sealed class SectionOrigins
    {
        private readonly Dictionary<string, (SettingOrigin Origin, string Value)> settings;
        private readonly HashSet<string> setInCode = new(StringComparer.Ordinal);

        private SectionOrigins(Dictionary<string, (SettingOrigin Origin, string Value)> settings) => this.settings = settings;

        /// <summary>The origins of <paramref name="section"/>'s settings in <paramref name="app"/>; null when the section is not that configuration's.</summary>
        public static SectionOrigins? Find(IConfiguration? app, IConfiguration section)
        {
            if (app is not IConfigurationRoot root || section is not IConfigurationSection named)
            {
                return null;
            }

            var providers = root.Providers.ToList();
            var settings = new Dictionary<string, (SettingOrigin, string)>(StringComparer.Ordinal);
            // A key after its aliases, which it wins over (TrackApiKey over ApiKey).
            foreach (var (key, setting) in ProbeSettingTable.All.SelectMany(s => s.Keys.Reverse().Select(key => (key, s.Property))))
            {
                if (named[key] is not { } value)
                {
                    continue;
                }

                var path = ConfigurationPath.Combine(named.Path, key);
                if (!string.Equals(root[path], value, StringComparison.Ordinal))
                {
                    // A section of another configuration: where its values come from is unknown here.
                    return null;
                }

                var index = providers.FindLastIndex(p => p.TryGet(path, out var given) && given is not null);
                if (index >= 0)
                {
                    settings[setting] = (new SettingOrigin(index, path, providers[index].ToString() ?? providers[index].GetType().Name), value);
                }
            }

            return new SectionOrigins(settings);
        }

        /// <summary>Marks <paramref name="setting"/> as set in code after the section was read: an explicit choice, trusted most.</summary>
        public void SetInCode(string setting)
        {
            lock (setInCode)
            {
                setInCode.Add(setting);
            }
        }

        /// <summary>Why the options as finally configured must not send their credentials where they point, or null.</summary>
        public string? Problem(CustomerIoProbeOptions options) =>
            CredentialDestination.Problem(options, setting => Of(setting.Property, setting.Get(options)), []);

        // A value set in code after the section was read, or other than the section's, is code's: the most trusted source.
        private SettingOrigin? Of(string setting, string? value)
        {
            bool inCode;
            lock (setInCode)
            {
                inCode = setInCode.Contains(setting);
            }

            return !inCode && this.settings.TryGetValue(setting, out var read) && string.Equals(read.Value, value, StringComparison.Ordinal) ? read.Origin
                : value is null ? null
                : new SettingOrigin(int.MaxValue, $"{nameof(CustomerIoProbeOptions)}.{setting}", "code");
        }
    }
}
