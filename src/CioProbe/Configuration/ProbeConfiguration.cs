using Microsoft.Extensions.Configuration;

namespace CioProbe.Configuration
{
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
            if (Conflict(section) is { } conflict)
            {
                throw new InvalidOperationException(conflict);
            }

            foreach (var setting in ProbeSettingTable.All)
            {
                // The key wins over its aliases; a setting under none of its keys is left as it was.
                if (setting.Keys.Select(key => section[key]).FirstOrDefault(v => v is not null) is { } value)
                {
                    setting.Set(options, value);
                }
            }

            return options;
        }

        /// <summary>Why <paramref name="section"/> cannot be read: a setting under two of its keys with different values; null when it can.</summary>
        internal static string? Conflict(IConfiguration section)
        {
            foreach (var setting in ProbeSettingTable.All)
            {
                foreach (var alias in setting.Aliases)
                {
                    var aliasValue = section[alias];
                    var keyValue = section[setting.Key];
                    if (aliasValue is not null && keyValue is not null && !string.Equals(aliasValue, keyValue, StringComparison.Ordinal))
                    {
                        // Never name the values: they are keys.
                        return $"'{Path(section, alias)}' and '{Path(section, setting.Key)}' are both set, to different values; keep one.";
                    }
                }
            }

            return null;
        }

        /// <summary>New options from the settings in <paramref name="section"/>.</summary>
        public static CustomerIoProbeOptions Read(IConfiguration section) => Apply(section, new CustomerIoProbeOptions());

        private static string Path(IConfiguration section, string key) =>
            section is IConfigurationSection named ? ConfigurationPath.Combine(named.Path, key) : key;
    }
}
