namespace CioProbe.Tests
{
    /// <summary>
    /// --config and the precedence of the sources: options > CUSTOMERIO_* > CustomerIO__* > the file. Each source
    /// gives its own site id and Track URL, so the mask and the URL in the report tell which one won.
    /// </summary>
    public sealed class CliConfigFileTests : IDisposable
    {
        // A loopback port nothing listens on: the run fails fast, and only the config check matters here.
        private const string Closed = "http://127.0.0.1:9";

        private static readonly Dictionary<string, string?> NoVariables = [];

        private readonly string folder = Directory.CreateTempSubdirectory("cio-probe-config-").FullName;

        public void Dispose() => Directory.Delete(folder, recursive: true);

        [Fact]
        public async Task EachSourceOverridesTheOnesBelowIt()
        {
            var file = Write("appsettings.json", $$"""
            { "Logging": { "LogLevel": { "Default": "Information" } },
              "CustomerIO": { "SiteId": "FileQ7vX2mZk9PwR4tLb", "ApiKey": "Trk9Hs3NdY8cUq5JxVf2", "TrackUrl": "{{Closed}}/file", "AppUrl": "{{Closed}}" } }
            """);
            var env = new Dictionary<string, string?>
            {
                ["CustomerIO__SiteId"] = "AppsQ7vX2mZk9PwR4tLb",
                ["CustomerIO__TrackUrl"] = $"{Closed}/apps",
                ["CUSTOMERIO_SITE_ID"] = "EnvsQ7vX2mZk9PwR4tLb",
                ["CUSTOMERIO_TRACK_URL"] = $"{Closed}/envs",
            };

            await AssertWinner(env, ["--site-id", "OptsQ7vX2mZk9PwR4tLb", "--track-url", $"{Closed}/opts"], "Opts", "opts");
            await AssertWinner(env, [], "Envs", "envs");
            env.Remove("CUSTOMERIO_SITE_ID");
            env.Remove("CUSTOMERIO_TRACK_URL");
            await AssertWinner(env, [], "Apps", "apps");
            await AssertWinner([], [], "File", "file");

            async Task AssertWinner(Dictionary<string, string?> variables, string[] options, string mask, string path)
            {
                var (run, report) = await CliRun.RunJsonAsync(variables, ["--config", file, "--retries", "0", .. options]);
                Assert.Contains($"Site id {mask}... (20 chars)", report.Message("config"));
                Assert.Equal($"{Closed}/{path}", report.Root.GetProperty("trackUrl").GetString());
                Assert.Contains("Track API key Trk9... (20 chars)", report.Message("config"));
                Assert.DoesNotContain("Trk9Hs3NdY8cUq5JxVf2", run.Stdout + run.Stderr);
            }
        }

        [Fact]
        public async Task AFileAloneConfiguresARunThatPasses()
        {
            await using var server = await FakeCustomerIo.StartAsync();
            var file = Write("appsettings.Production.json", $$"""
            { "CustomerIO": { "SiteId": "{{FakeCustomerIo.SiteId}}", "TrackApiKey": "{{FakeCustomerIo.TrackKey}}", "AppApiKey": "{{FakeCustomerIo.AppKey}}",
                              "Region": "us", "TrackUrl": "{{server.BaseUrl}}", "AppUrl": "{{server.BaseUrl}}" } }
            """);

            var table = await CliRun.RunAsync(NoVariables, "--config", file);

            Assert.Equal(0, table.ExitCode);
            Assert.Contains($"settings from {file} (CustomerIO)", table.Stdout);
            Assert.Contains("0 failed, 0 warned, 4 ok, 2 skipped", table.Stdout);
            Assert.Equal(string.Empty, table.Stderr);
            table.AssertNoSecrets(FakeCustomerIo.SiteId, FakeCustomerIo.TrackKey, FakeCustomerIo.AppKey);
        }

        [Fact]
        public async Task MissingFileIsAUsageErrorNamingTheFullPath()
        {
            var run = await CliRun.RunAsync(NoVariables, "--config", Path.Combine(folder, "appsettings.json"));

            AssertUsageError(run, $"--config {Path.Combine(folder, "appsettings.json")}: no such file");
        }

        [Fact]
        public async Task DirectoryIsAUsageError()
        {
            var run = await CliRun.RunAsync(NoVariables, "--config", folder);

            AssertUsageError(run, "this is a directory; give the path of a JSON file");
        }

        [Fact]
        public async Task InvalidJsonIsAUsageErrorWithThePositionAndWithoutTheText()
        {
            var file = Write("broken.json", "{\n  \"CustomerIO\": {\n    \"ApiKey\": \"Trk9Hs3NdY8cUq5JxVf2\",,\n  }\n}");

            var run = await CliRun.RunAsync(NoVariables, "--config", file);

            AssertUsageError(run, $"--config {file}: not valid JSON (line 3");
            SecretLeaks.AssertNone(run.Stderr, null, "Trk9Hs3NdY8cUq5JxVf2", null);
        }

        [Theory]
        [InlineData("", "not valid JSON (line 1")]
        [InlineData("[1, 2]", "Top-level JSON element must be an object")]
        [InlineData("""{ "CustomerIO": { "SiteId": "a", "SiteId": "b" } }""", "A duplicate key 'CustomerIO:SiteId' was found")]
        public async Task JsonAnAppCouldNotLoadIsAUsageError(string content, string expected)
        {
            var run = await CliRun.RunAsync(NoVariables, "--config", Write("appsettings.json", content));

            AssertUsageError(run, expected);
        }

        [Fact]
        public async Task FileWithoutTheSectionSaysSoAndListsWhatItHas()
        {
            var file = Write("appsettings.json", """{ "Logging": {}, "CustomerIo2": { "SiteId": "x" } }""");

            var run = await CliRun.RunAsync(NoVariables, "--config", file);

            AssertUsageError(run, $"--config {file}: no 'CustomerIO' section (its top-level keys: CustomerIo2, Logging)");
        }

        [Fact]
        public async Task SectionGivenAsASingleValueIsAUsageError()
        {
            var run = await CliRun.RunAsync(NoVariables, "--config", Write("appsettings.json", """{ "CustomerIO": "SiteQ7vX2mZk9PwR4tLb" }"""));

            AssertUsageError(run, "'CustomerIO' is a single value; it must be an object");
            SecretLeaks.AssertNone(run.Stderr, "SiteQ7vX2mZk9PwR4tLb", null, null);
        }

        [Fact]
        public async Task TwoDifferentTrackKeysInOneSourceAreAUsageErrorWithoutEitherValue()
        {
            var file = Write("appsettings.json", """{ "CustomerIO": { "ApiKey": "Trk9Hs3NdY8cUq5JxVf2", "TrackApiKey": "Oth3rK3yQ8vN2xZ7pL4m" } }""");

            var run = await CliRun.RunAsync(NoVariables, "--config", file);

            AssertUsageError(run, "'CustomerIO:ApiKey' and 'CustomerIO:TrackApiKey' are both set, to different values; keep one.");
            SecretLeaks.AssertNone(run.Stderr, null, "Trk9Hs3NdY8cUq5JxVf2", "Oth3rK3yQ8vN2xZ7pL4m");
        }

        [Fact]
        public async Task KeysTheProbeDoesNotReadAreNamedInANote()
        {
            var file = Write("appsettings.json", $$"""{ "CustomerIO": { "SiteId": "SiteQ7vX2mZk9PwR4tLb", "TrackKey": "Trk9Hs3NdY8cUq5JxVf2", "TrackUrl": "{{Closed}}", "AppUrl": "{{Closed}}" } }""");

            var run = await CliRun.RunAsync(NoVariables, "--config", file, "--json");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"note: --config {file}: not read by the probe: CustomerIO:TrackKey", run.Stderr);
            Assert.Contains("CUSTOMERIO_API_KEY is not set", JsonReport.Parse(run.Stdout).Message("config"));
            SecretLeaks.AssertNone(run.Stdout + run.Stderr, "SiteQ7vX2mZk9PwR4tLb", "Trk9Hs3NdY8cUq5JxVf2", null);
        }

        private static void AssertUsageError(CliRun run, string expected)
        {
            Assert.Equal(2, run.ExitCode);
            Assert.Contains(expected, run.Stderr);
            Assert.EndsWith("Run cio-probe --help for the options." + Environment.NewLine, run.Stderr);
            Assert.Equal(string.Empty, run.Stdout);
        }

        private string Write(string name, string content)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, content);
            return path;
        }
    }
}
