using System.CommandLine;
using Microsoft.Extensions.Configuration;

namespace CioProbe.Tool
{
    /// <summary>The setting options given on the command line, as a configuration over the <c>CustomerIO:*</c> keys.</summary>
    internal static class CommandLineSettings
    {
        /// <summary>An option given wins over every other source, even when empty; one not given is absent.</summary>
        public static IConfigurationRoot Read(ProbeCommand command, ParseResult parse)
        {
            var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var (setting, option) in command.Settings)
            {
                if (parse.GetResult(option) is { Implicit: false } && parse.GetValue(option) is { } value)
                {
                    foreach (var path in setting.Paths)
                    {
                        data[path] = value;
                    }
                }
            }

            return new ConfigurationBuilder().AddInMemoryCollection(data).Build();
        }
    }
}
