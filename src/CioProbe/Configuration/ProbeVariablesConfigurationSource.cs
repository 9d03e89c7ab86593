using Microsoft.Extensions.Configuration;

namespace CioProbe.Configuration
{
    /// <summary>
    /// The <c>CUSTOMERIO_*</c> variables as a configuration source over the <c>CustomerIO:*</c> keys (<c>CUSTOMERIO_SITE_ID</c>
    /// is <c>CustomerIO:SiteId</c>), so they layer with the app's sources by provider order. A variable that is set counts
    /// even when empty: the config check then says it is empty.
    /// </summary>
    internal sealed class ProbeVariablesConfigurationSource(Func<string, string?> lookup) : IConfigurationSource
    {
        public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(lookup);

        /// <summary>A configuration of the variables alone.</summary>
        public static IConfigurationRoot Root(Func<string, string?> lookup) =>
            new ConfigurationBuilder().Add(new ProbeVariablesConfigurationSource(lookup)).Build();

        /// <summary>The <c>CustomerIO</c> section the variables alone give.</summary>
        public static IConfigurationSection Section(Func<string, string?> lookup) => Root(lookup).GetSection(ProbeConfigurationKeys.DefaultSection);

        private sealed class Provider(Func<string, string?> lookup) : ConfigurationProvider
        {
            public override void Load()
            {
                var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
                foreach (var setting in ProbeSettingTable.All)
                {
                    if (lookup(setting.Variable) is not { } value)
                    {
                        continue;
                    }

                    foreach (var path in setting.Paths)
                    {
                        data[path] = value;
                    }
                }

                Data = data;
            }

            // The provider's name in origins and messages.
            public override string ToString() => "CUSTOMERIO_* variables";
        }
    }
}
