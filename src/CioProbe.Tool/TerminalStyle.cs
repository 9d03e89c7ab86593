using Spectre.Console;

namespace CioProbe.Tool
{
    /// <summary>
    /// What the output streams can show. Colour only on a terminal, and never with NO_COLOR (any non-empty value) or
    /// TERM=dumb. The live progress line only on a terminal stderr that can move the cursor (not TERM=dumb), and not with --json.
    /// </summary>
    internal sealed record TerminalStyle(bool ReportColour, bool ProgressLine, bool ProgressColour)
    {
        // Wide enough that a redirected report never wraps: a URL or a mask split over two lines could not be searched or copied.
        private const int RedirectedWidth = 4096;

        public static TerminalStyle For(ProbeHost host, bool json)
        {
            var noColour = !string.IsNullOrEmpty(host.Environment.GetValueOrDefault("NO_COLOR"));
            var dumb = string.Equals(host.Environment.GetValueOrDefault("TERM"), "dumb", StringComparison.Ordinal);
            return new TerminalStyle(
                ReportColour: host.OutIsTerminal && !noColour && !dumb,
                ProgressLine: host.ErrorIsTerminal && !dumb && !json,
                ProgressColour: host.ErrorIsTerminal && !noColour && !dumb);
        }

        /// <summary>
        /// Renders <paramref name="write"/> as text <paramref name="width"/> columns wide (unlimited when null), with colour
        /// codes only when <paramref name="colour"/>, and without the padding a table leaves at the end of its lines.
        /// </summary>
        public static string Render(Action<IAnsiConsole> write, bool colour, int? width, IReadOnlyDictionary<string, string?> environment)
        {
            using var text = new StringWriter();
            var console = Console(text, terminal: false, ansi: colour, colour, environment);
            console.Profile.Width = width is > 0 ? width.Value : RedirectedWidth;
            write(console);
            var lines = text.ToString().ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd(' '));
            return string.Join(System.Environment.NewLine, lines);
        }

        /// <summary>A console on <paramref name="writer"/> that writes escape sequences only when <paramref name="ansi"/>, colours only when <paramref name="colour"/>.</summary>
        public static IAnsiConsole Console(TextWriter writer, bool terminal, bool ansi, bool colour, IReadOnlyDictionary<string, string?> environment) =>
            AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(writer),
                Ansi = ansi ? AnsiSupport.Yes : AnsiSupport.No,
                ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
                EnvironmentVariables = environment.Where(e => e.Value is not null).ToDictionary(e => e.Key, e => e.Value!, StringComparer.Ordinal),
            });
    }
}
