using System.Text;

namespace CioProbe.Tests
{
    /// <summary>
    /// Lines the tool prints besides the report (usage errors, notes, the sources line) are masked and sanitised like
    /// findings: a key pasted into the wrong place is never echoed, and a file cannot write escape sequences to the terminal.
    /// </summary>
    public sealed class CliPrintedTextTests : IDisposable
    {
        // A key that is in no variable: only the argument itself tells the tool it is a value.
        private const string StrayKey = "Str4yK3yQ8vN2xZ7pL4mW9";
        private const string Closed = "http://127.0.0.1:9";

        private readonly string folder = Directory.CreateTempSubdirectory("cio-probe-printed-").FullName;

        public void Dispose() => Directory.Delete(folder, recursive: true);

        [Theory]
        [InlineData("--timeout=" + StrayKey)]
        [InlineData("--retries:" + StrayKey)]
        [InlineData("--bogus=" + StrayKey)]
        [InlineData("-api-key=" + StrayKey)]
        public async Task AKeyAttachedToAnOptionIsMaskedInUsageErrors(string argument)
        {
            var run = await CliRun.RunAsync(new Dictionary<string, string?>(), argument);
            Record(run);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("Str4... (22 chars)", run.Stderr);
            SecretLeaks.AssertNone(run.Stderr, null, null, null, StrayKey);
        }

        [Fact]
        public async Task AKeyGivenAsTheConfigPathIsMaskedInTheNoSuchFileError()
        {
            var run = await CliRun.RunAsync(new Dictionary<string, string?>(), "--config", StrayKey);
            Record(run);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("--config Str4... (22 chars): no such file", run.Stderr);
            SecretLeaks.AssertNone(run.Stderr, null, null, null, StrayKey);
        }

        [Fact]
        public async Task AKeyFromAnAppStyleVariableIsMaskedWhenPastedAsAnOption()
        {
            var env = new Dictionary<string, string?> { ["CustomerIO__ApiKey"] = StrayKey };

            var run = await CliRun.RunAsync(env, "--" + StrayKey);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("Unrecognized", run.Stderr);
            SecretLeaks.AssertNone(run.Stderr, null, StrayKey, null);
        }

        [Fact]
        public async Task KeyNamesFromTheFileReachStderrWithoutEscapeSequences()
        {
            var file = Write("appsettings.json", $$"""{ "CustomerIO": { "SiteId": "SiteQ7vX2mZk9PwR4tLb", "ApiKey": "Trk9Hs3NdY8cUq5JxVf2", "TrackUrl": "{{Closed}}", "AppUrl": "{{Closed}}", "\u001b]0;owned\u0007\u001b[2J": "x" } }""");

            var run = await CliRun.RunAsync(new Dictionary<string, string?>(), "--config", file, "--retries", "0");

            Assert.Contains("not read by the probe: CustomerIO:?]0;owned??[2J", run.Stderr);
            AssertNoControlCharacters(run.Stdout + run.Stderr);
        }

        [Fact]
        public async Task TopLevelKeyNamesReachTheUsageErrorWithoutEscapeSequences()
        {
            var file = Write("appsettings.json", """{ "\u001b]0;owned\u0007": 1 }""");

            var run = await CliRun.RunAsync(new Dictionary<string, string?>(), "--config", file);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("its top-level keys: ?]0;owned?", run.Stderr);
            AssertNoControlCharacters(run.Stdout + run.Stderr);
        }

        [Fact]
        public async Task AControlCharacterInTheConfigPathIsNotPrintedInTheSourcesLine()
        {
            var file = Write("app\u001b[31msettings.json", $$"""{ "CustomerIO": { "SiteId": "SiteQ7vX2mZk9PwR4tLb", "ApiKey": "Trk9Hs3NdY8cUq5JxVf2", "TrackUrl": "{{Closed}}", "AppUrl": "{{Closed}}" } }""");

            var run = await CliRun.RunAsync(new Dictionary<string, string?>(), "--config", file, "--retries", "0");

            Assert.Contains("settings from ", run.Stdout);
            Assert.Contains("app?[31msettings.json (CustomerIO)", run.Stdout);
            AssertNoControlCharacters(run.Stdout + run.Stderr);
        }

        [Fact]
        public async Task AHundredThousandUnknownKeysMakeAShortNote()
        {
            var json = new StringBuilder("""{ "CustomerIO": { "SiteId": "SiteQ7vX2mZk9PwR4tLb", "ApiKey": "Trk9Hs3NdY8cUq5JxVf2", "TrackUrl": "http://127.0.0.1:9", "AppUrl": "http://127.0.0.1:9" """);
            for (var i = 0; i < 100_000; i++)
            {
                json.Append(", \"Unknown").Append(i).Append("\": 1");
            }

            var file = Write("appsettings.json", json.Append(" } }").ToString());

            var run = await CliRun.RunAsync(new Dictionary<string, string?>(), "--config", file, "--retries", "0");

            Assert.Contains(" and 99990 more (it reads", run.Stderr);
            Assert.True(run.Stderr.Length < 2000, $"{run.Stderr.Length} characters on stderr");
        }

        private static void AssertNoControlCharacters(string output)
        {
            var found = output.Where(c => char.IsControl(c) && c is not '\n' and not '\r').Select(c => $"U+{(int)c:X4}").ToList();
            Assert.True(found.Count == 0, $"control characters: {string.Join(", ", found)}");
        }

        // The stray key is in no variable and no --api-key, so CliRun cannot know it; the leak test searches for it through this record.
        private static void Record(CliRun run) => OutputLog.Record("usage error", run.Stdout + "\n" + run.Stderr, null, null, null, StrayKey);

        private string Write(string name, string content)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, content);
            return path;
        }
    }
}
