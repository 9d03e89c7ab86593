using CioProbe.Checks.Config;

namespace CioProbe.Tests
{
    /// <summary>The config check warns when the settings name hosts of both data centres, and only for Customer.io's own hosts.</summary>
    public sealed class HostRegionTests : IAsyncLifetime
    {
        private FakeCustomerIo server = null!;

        public async Task InitializeAsync() => server = await FakeCustomerIo.StartAsync();

        public async Task DisposeAsync() => await server.DisposeAsync();

        [Fact]
        public async Task RegionDisagreeingWithTheAppHostWarnsAndFailsUnderStrictWhileAgreeingAndProxyHostsDoNot()
        {
            server.WorkspaceRegion = "eu";
            // No App API key: nothing is sent to the real api.customer.io.
            var env = server.Environment();
            env.Remove("CUSTOMERIO_APP_API_KEY");
            env["CUSTOMERIO_REGION"] = "eu";
            env["CUSTOMERIO_APP_URL"] = "https://api.customer.io";

            var agreeing = new Dictionary<string, string?>(env) { ["CUSTOMERIO_APP_URL"] = "https://api-eu.customer.io" };
            var proxies = server.Environment();
            proxies["CUSTOMERIO_REGION"] = "eu";

            var (run, report) = await CliRun.RunJsonAsync(env);
            var (strictRun, _) = await CliRun.RunJsonAsync(env, "--strict");
            var (_, agreeingReport) = await CliRun.RunJsonAsync(agreeing, "--strict");
            var (_, proxiesReport) = await CliRun.RunJsonAsync(proxies, "--strict");

            Assert.Equal("config=warn track-credentials=ok region=ok app-credentials=skipped customer=skipped test-event=skipped", report.Statuses());
            Assert.Contains("EU from CUSTOMERIO_REGION=eu; US from CUSTOMERIO_APP_URL (api.customer.io)", report.Message("config"));
            Assert.Contains("401 or redirect", report.Advice("config"));
            Assert.Contains("CIO2004", report.Advice("config"));
            Assert.Equal(0, run.ExitCode);
            Assert.Equal(1, strictRun.ExitCode);
            Assert.Equal("ok", agreeingReport.Status("config"));
            Assert.Equal(0, agreeingReport.ExitCode);
            Assert.Equal("ok", proxiesReport.Status("config"));
            Assert.Equal(0, proxiesReport.ExitCode);
            SecretLeaks.AssertNone(run, env);
        }

        // The config check alone: these URLs name real Customer.io hosts, and no test may call them.
        [Theory]
        [InlineData(null, "https://track-eu.customer.io", "https://api.customer.io", "EU from CUSTOMERIO_TRACK_URL (track-eu.customer.io); US from CUSTOMERIO_APP_URL (api.customer.io)")]
        [InlineData(null, "https://track-eu.customer.io", null, "EU from CUSTOMERIO_TRACK_URL (track-eu.customer.io); US from CUSTOMERIO_REGION (not set, so us)")]
        [InlineData("us", "https://track.customer.io/", "https://API-EU.customer.io/cio", "EU from CUSTOMERIO_APP_URL (api-eu.customer.io); US from CUSTOMERIO_REGION=us, CUSTOMERIO_TRACK_URL (track.customer.io)")]
        public void HostsOfBothDataCentresWarnNamingEachSettingAndItsRegion(string? region, string? trackUrl, string? appUrl, string expected)
        {
            var result = ConfigCheck.Run(Options(region, trackUrl, appUrl)).Result;

            Assert.Equal(CheckStatus.Warn, result.Status);
            Assert.Equal("The settings name hosts in both data centres: " + expected, result.Message);
            Assert.Contains("CIO2004", result.Advice);
            SecretLeaks.AssertNone(result.Message + result.Advice, FakeCustomerIo.SiteId, FakeCustomerIo.TrackKey, FakeCustomerIo.AppKey);
        }

        // Each configuration is shown to warn once its App host moves to the other data centre, so its silence is not an accident.
        [Theory]
        [InlineData("eu", null, null, "https://api.customer.io")]
        [InlineData(null, "https://track-eu.customer.io", "https://api-eu.customer.io", "https://api.customer.io")]
        [InlineData("us", "https://track.customer.io", "http://127.0.0.1:9", "https://api-eu.customer.io")]
        [InlineData("eu", "http://127.0.0.1:9", "http://127.0.0.1:9", "https://api.customer.io")]
        public void HostsOfOneDataCentreAndHostsThatAreNotCustomerIoSDoNotWarn(string? region, string? trackUrl, string? appUrl, string otherRegionAppUrl)
        {
            var consistent = ConfigCheck.Run(Options(region, trackUrl, appUrl)).Result;
            var mixed = ConfigCheck.Run(Options(region, trackUrl, otherRegionAppUrl)).Result;

            Assert.Equal(CheckStatus.Ok, consistent.Status);
            Assert.Equal(CheckStatus.Warn, mixed.Status);
        }

        private static CustomerIoProbeOptions Options(string? region, string? trackUrl, string? appUrl) => new()
        {
            SiteId = FakeCustomerIo.SiteId,
            TrackApiKey = FakeCustomerIo.TrackKey,
            AppApiKey = FakeCustomerIo.AppKey,
            Region = region,
            TrackUrl = trackUrl,
            AppUrl = appUrl,
        };
    }
}
