using System.Collections;
using Microsoft.Extensions.Configuration;

namespace CioProbe.Tool
{
    /// <summary>Where the tool runs: its environment, its two output streams and whether each is a terminal.</summary>
    public sealed class ProbeHost
    {
        /// <summary>The environment variables, for the <c>CUSTOMERIO_*</c> settings and the terminal conventions (NO_COLOR, TERM).</summary>
        public required IReadOnlyDictionary<string, string?> Environment { get; init; }

        /// <summary>
        /// Adds the environment to a configuration as an app's host does, so <c>CustomerIO__SiteId</c> is read as
        /// <c>CustomerIO:SiteId</c>. The process uses the environment-variables provider itself.
        /// </summary>
        public required Action<IConfigurationBuilder> AddEnvironmentVariables { get; init; }

        /// <summary>Where the report goes.</summary>
        public required TextWriter Out { get; init; }

        /// <summary>Where usage errors, notes and the progress line go.</summary>
        public required TextWriter Error { get; init; }

        /// <summary>True when <see cref="Out"/> is a terminal rather than a file or a pipe.</summary>
        public bool OutIsTerminal { get; init; }

        /// <summary>True when <see cref="Error"/> is a terminal rather than a file or a pipe.</summary>
        public bool ErrorIsTerminal { get; init; }

        /// <summary>Columns available on the terminal <see cref="Out"/> is; null when it is not a terminal (nothing is wrapped then).</summary>
        public int? OutWidth { get; init; }

        /// <summary>This process's console and environment.</summary>
        public static ProbeHost FromProcess() => new()
        {
            Environment = System.Environment.GetEnvironmentVariables()
                .Cast<DictionaryEntry>()
                .ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal),
            AddEnvironmentVariables = builder => builder.AddEnvironmentVariables(),
            Out = Console.Out,
            Error = Console.Error,
            OutIsTerminal = !Console.IsOutputRedirected,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            OutWidth = Console.IsOutputRedirected ? null : TerminalWidth(),
        };

        private static int? TerminalWidth()
        {
            try
            {
                return Console.WindowWidth is > 0 and var width ? width : null;
            }
            catch (IOException)
            {
                return null;
            }
        }
    }
}
