using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CioAnalyzers.CrashSafety
{
    /// <summary>
    /// The configuration files each input is analysed with: an appsettings.json and a Web.config that name Customer.io
    /// hosts and keys the seeds read, broken as a file being edited is (cut short, a line dropped or doubled, a character
    /// deleted or a quote removed). Chosen from the run's seed and the input's index, so a failure is reproducible.
    /// </summary>
    internal static class SettingsInputs
    {
        private const string AppSettings = """
            {
              // hosts and keys, as services keep them
              "CustomerIO": {
                "TrackUrl": "https://track.customer.io/api/v1/",
                "AppUrl": "https://api-eu.customer.io/v1/",
                "SiteId": "3f9a1c7e5b2d8f4a6c0e",
                "TrackApiKey": "a8f3k2m9x7q1w5e4r6t0",
                "AppApiKey": "",
                "Hosts": [ "https://track.customer.io", { "Url": "https://cdp.customer.io/v1" }, ],
                "Empty": {},
                "Nested": { "Deeper": { "Key": "\u0041\"\\" } }
              },
              "Crm": { "Url": "https://crm.example.com/" },
              "ConnectionStrings": { "CustomerIoTrack": "https://track-eu.customer.io/api/v1/" },
            }
            """;

        private const string WebConfig = """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <appSettings>
                <add key="CustomerIOTrackingEndpoint" value="https://track.customer.io/api/v1/" />
                <add key="CustomerIOApiKey" value='a8f3k2m9x7q1w5e4r6t0' />
                <add key="" value="" />
                <add value="no key" />
              </appSettings>
              <connectionStrings>
                <add name="Cio" connectionString="https://api.customer.io/" />
              </connectionStrings>
            </configuration>
            """;

        public static ImmutableArray<AdditionalText> For(int runSeed, int index)
        {
            var random = new Random(unchecked((runSeed * 7_368_787) + index));
            return ImmutableArray.Create<AdditionalText>(
                new InMemoryFile("/input/appsettings.json", Mutate(AppSettings, random)),
                new InMemoryFile("/input/appsettings.Development.json", Mutate("""{ "CustomerIO": { "TrackUrl": "http://localhost:5005/" } }""", random)),
                new InMemoryFile("/input/Web.config", Mutate(WebConfig, random)));
        }

        // Half the time the file is left whole, so that the analyzers also see configured hosts and keys they can use.
        private static string Mutate(string text, Random random)
        {
            var at = random.Next(text.Length);
            return random.Next(12) switch
            {
                0 => text.Substring(0, at),
                1 => text.Remove(at, 1),
                2 => text.Replace("\"", string.Empty),
                3 => DropOrDoubleLine(text, random, drop: true),
                4 => DropOrDoubleLine(text, random, drop: false),
                5 => text.Insert(at, new string('[', 200)),
                _ => text,
            };
        }

        private static string DropOrDoubleLine(string text, Random random, bool drop)
        {
            var lines = text.Split('\n');
            var line = random.Next(lines.Length);
            return drop
                ? string.Join("\n", lines, 0, line) + "\n" + string.Join("\n", lines, line + 1, lines.Length - line - 1)
                : text.Insert(text.IndexOf(lines[line], StringComparison.Ordinal), lines[line] + "\n");
        }

        private sealed class InMemoryFile : AdditionalText
        {
            private readonly SourceText text;

            public InMemoryFile(string path, string text)
            {
                Path = path;
                this.text = SourceText.From(text);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => text;
        }
    }
}
