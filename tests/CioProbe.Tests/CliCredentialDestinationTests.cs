namespace CioProbe.Tests
{
    /// <summary>
    /// Credentials go to a host that is not Customer.io's only when its URL comes from a source at least as strong as the
    /// credentials (or --allow-host names it): a pull request's appsettings.json must not redirect the CI's keys.
    /// </summary>
    public sealed class CliCredentialDestinationTests : IAsyncLifetime
    {
        private readonly string folder = Directory.CreateTempSubdirectory("cio-probe-destination-").FullName;
        private FakeCustomerIo server = null!;

        public async Task InitializeAsync() => server = await FakeCustomerIo.StartAsync();

        public async Task DisposeAsync()
        {
            await server.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }

        [Fact]
        public async Task AUrlFromTheFileDoesNotReceiveKeysFromProbeVariables()
        {
            var env = KeysOnly();
            var file = UrlsOnlyFile();

            var run = await CliRun.RunAsync(env, "--config", file);

            Assert.Equal(2, run.ExitCode);
            Assert.Empty(server.Requests);
            Assert.Equal(string.Empty, run.Stdout);
            Assert.Contains($"CustomerIO:TrackUrl (from --config {file}) points the Track API at a host that is not Customer.io's, but CUSTOMERIO_", run.Stderr);
            Assert.DoesNotContain(server.BaseUrl.Authority, run.Stderr);
            SecretLeaks.AssertNone(run, env);
        }

        [Fact]
        public async Task AUrlFromTheFileDoesNotReceiveAnAppKeyFromAppStyleVariables()
        {
            var env = new Dictionary<string, string?>
            {
                ["CUSTOMERIO_TRACK_URL"] = server.BaseUrl.ToString(),
                ["CustomerIO__SiteId"] = FakeCustomerIo.SiteId,
                ["CustomerIO__ApiKey"] = FakeCustomerIo.TrackKey,
                ["CustomerIO__AppApiKey"] = FakeCustomerIo.AppKey,
            };
            var file = Write($$"""{ "CustomerIO": { "AppUrl": "{{server.BaseUrl}}" } }""");

            var run = await CliRun.RunAsync(env, "--config", file);

            Assert.Equal(2, run.ExitCode);
            Assert.Empty(server.Requests);
            Assert.Contains("CustomerIO:AppUrl (from --config", run.Stderr);
            Assert.Contains("CustomerIO:AppApiKey comes from CustomerIO__* variables", run.Stderr);
        }

        [Fact]
        public async Task AllowHostLetsTheFileNameTheHost()
        {
            var run = await CliRun.RunAsync(KeysOnly(), "--config", UrlsOnlyFile(), "--allow-host", server.BaseUrl.Host);

            Assert.Equal(0, run.ExitCode);
            Assert.NotEmpty(server.RequestsTo(FakeCustomerIo.RegionPath));
            Assert.NotEmpty(server.RequestsTo(FakeCustomerIo.TransactionalPath));
        }

        [Fact]
        public async Task AUrlFromAStrongerSourceThanTheKeysIsUsed()
        {
            var file = Write($$"""{ "CustomerIO": { "SiteId": "{{FakeCustomerIo.SiteId}}", "ApiKey": "{{FakeCustomerIo.TrackKey}}", "AppApiKey": "{{FakeCustomerIo.AppKey}}" } }""");

            var run = await CliRun.RunAsync(new Dictionary<string, string?>(), "--config", file, "--track-url", server.BaseUrl.ToString(), "--app-url", server.BaseUrl.ToString());

            Assert.Equal(0, run.ExitCode);
            Assert.NotEmpty(server.RequestsTo(FakeCustomerIo.RegionPath));
        }

        [Fact]
        public async Task AnApiKeyInTheFileAndADifferentTrackKeyInAppVariablesConflictAsInTheApp()
        {
            var file = Write($$"""{ "CustomerIO": { "SiteId": "{{FakeCustomerIo.SiteId}}", "ApiKey": "Oth3rK3yQ8vN2xZ7pL4m", "TrackUrl": "{{server.BaseUrl}}", "AppUrl": "{{server.BaseUrl}}" } }""");
            var env = new Dictionary<string, string?> { ["CustomerIO__TrackApiKey"] = FakeCustomerIo.TrackKey };

            var run = await CliRun.RunAsync(env, "--config", file);

            Assert.Equal(2, run.ExitCode);
            Assert.Empty(server.Requests);
            Assert.Contains($"'CustomerIO:ApiKey' (--config {file}) and 'CustomerIO:TrackApiKey' (CustomerIO__* variables) are both set, to different values", run.Stderr);
            SecretLeaks.AssertNone(run.Stderr, null, FakeCustomerIo.TrackKey, "Oth3rK3yQ8vN2xZ7pL4m");
        }

        private Dictionary<string, string?> KeysOnly() => new()
        {
            ["CUSTOMERIO_SITE_ID"] = FakeCustomerIo.SiteId,
            ["CUSTOMERIO_API_KEY"] = FakeCustomerIo.TrackKey,
            ["CUSTOMERIO_APP_API_KEY"] = FakeCustomerIo.AppKey,
        };

        private string UrlsOnlyFile() => Write($$"""{ "CustomerIO": { "TrackUrl": "{{server.BaseUrl}}", "AppUrl": "{{server.BaseUrl}}" } }""");

        private string Write(string content)
        {
            var path = Path.Combine(folder, $"appsettings.{Guid.NewGuid():N}.json");
            File.WriteAllText(path, content);
            return path;
        }
    }
}
