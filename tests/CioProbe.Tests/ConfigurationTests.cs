namespace CioProbe.Tests
{
    /// <summary>The config check and the usage errors: no server involved, because none of these may send a request.</summary>
    public sealed class ConfigurationTests
    {
        private const string SiteId = "SiteQ7vX2mZk9PwR4tLb";
        private const string TrackKey = "Trk9Hs3NdY8cUq5JxVf2";
        private const string AppKey = "AppKey7Gm2Rz9Wq4Lt8Xc3Vb6Nh1Pd5Jy";

        // A loopback port nothing listens on: should a check wrongly run, it fails fast instead of leaving the machine.
        private static Dictionary<string, string?> Environment(string? siteId = SiteId, string? trackKey = TrackKey, string? appKey = null) => new()
        {
            ["CUSTOMERIO_SITE_ID"] = siteId,
            ["CUSTOMERIO_API_KEY"] = trackKey,
            ["CUSTOMERIO_APP_API_KEY"] = appKey,
            ["CUSTOMERIO_TRACK_URL"] = "http://127.0.0.1:9",
            ["CUSTOMERIO_APP_URL"] = "http://127.0.0.1:9",
        };

        [Theory]
        [InlineData(null, TrackKey, "CUSTOMERIO_SITE_ID is not set")]
        [InlineData(SiteId, null, "CUSTOMERIO_API_KEY is not set")]
        [InlineData(SiteId, "  \n", "CUSTOMERIO_API_KEY is empty")]
        public async Task MissingRequiredValueFailsConfigNamesTheVariableAndExits2(string? siteId, string? trackKey, string expected)
        {
            var (run, report) = await CliRun.RunJsonAsync(Environment(siteId, trackKey));

            Assert.Equal(2, run.ExitCode);
            Assert.Equal(2, report.ExitCode);
            Assert.Equal("fail", report.Status("config"));
            Assert.Contains(expected, report.Message("config"));
            Assert.Equal("config=fail track-credentials=skipped region=skipped app-credentials=skipped customer=skipped test-event=skipped", report.Statuses());
            run.AssertNoSecrets(siteId, trackKey);
        }

        [Fact]
        public async Task CommandLineOptionsOverrideTheEnvironment()
        {
            var (run, report) = await CliRun.RunJsonAsync(Environment(siteId: null), "--site-id", SiteId, "--region", "eu");

            Assert.NotEqual("fail", report.Status("config"));
            Assert.Equal("eu", report.Root.GetProperty("region").GetString());
            run.AssertNoSecrets(SiteId, TrackKey);
        }

        [Fact]
        public async Task RegionUrlsDefaultToTheRealHostsOfTheRegion()
        {
            var env = Environment(siteId: null);
            env.Remove("CUSTOMERIO_TRACK_URL");
            env.Remove("CUSTOMERIO_APP_URL");
            env["CUSTOMERIO_REGION"] = "EU";

            // Missing site id: nothing is sent, but the report shows where it would go.
            var (_, report) = await CliRun.RunJsonAsync(env);

            Assert.Equal("https://track-eu.customer.io", report.Root.GetProperty("trackUrl").GetString());
            Assert.Equal("https://api-eu.customer.io", report.Root.GetProperty("appUrl").GetString());
        }

        [Theory]
        [InlineData("--region", "mars", "CUSTOMERIO_REGION is (4 chars), expected us or eu")]
        [InlineData("--track-url", "track.customer.io", "CUSTOMERIO_TRACK_URL is not an absolute http(s) URL")]
        public async Task InvalidRegionOrUrlIsAConfigurationError(string option, string value, string expected)
        {
            var (run, report) = await CliRun.RunJsonAsync(Environment(siteId: null), "--site-id", SiteId, option, value);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains(expected, report.Message("config"));
        }

        [Fact]
        public async Task KeyPastedIntoTheRegionIsShownAsAMaskOnly()
        {
            const string pastedKey = "sa_live_Q9wErTy7UiOp3AsDfGhJkL";
            var env = Environment();
            env["CUSTOMERIO_REGION"] = pastedKey;

            var (run, report) = await CliRun.RunJsonAsync(env);
            var table = await CliRun.RunAsync(env);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("CUSTOMERIO_REGION is sa_l... (30 chars), expected us or eu; it looks like a credential", report.Message("config"));
            SecretLeaks.AssertNone(run, env, pastedKey);
            SecretLeaks.AssertNone(table, env, pastedKey);
        }

        [Fact]
        public async Task TimeoutRangeInTheMessageIsTheRangeAccepted()
        {
            var below = await CliRun.RunAsync(Environment(), "--timeout", "0.005");
            var lowest = await CliRun.RunAsync(Environment(), "--timeout", "0.01", "--retries", "0");

            Assert.Equal(2, below.ExitCode);
            Assert.Contains("--timeout must be a number of seconds from 0.01 to 3600.", below.Stderr);
            Assert.Equal(string.Empty, below.Stdout);
            Assert.Equal(1, lowest.ExitCode);
            Assert.Equal(string.Empty, lowest.Stderr);
        }

        [Theory]
        [InlineData("--timeout", "0")]
        [InlineData("--deadline", "-1")]
        [InlineData("--timeout", "soon")]
        [InlineData("--no-such-option", "x")]
        public async Task UsageErrorsExit2WithAMessageOnStderr(string option, string value)
        {
            var run = await CliRun.RunAsync(Environment(), option, value);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains(option, run.Stderr);
            Assert.Equal(string.Empty, run.Stdout);
        }

        [Fact]
        public async Task UsageErrorQuotingAStrayKeyShowsOnlyItsMask()
        {
            // The site id lost its --site-id: System.CommandLine reports it as an unrecognised argument.
            var run = await CliRun.RunAsync(Environment(siteId: null), "--json", SiteId.ToLowerInvariant(), "--timeout", TrackKey);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("Site... (20 chars)".ToLowerInvariant(), run.Stderr);
            SecretLeaks.AssertNone(run.Stderr, SiteId, TrackKey, null);
        }

        [Fact]
        public async Task HelpExits0()
        {
            var run = await CliRun.RunAsync(Environment(), "--help");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("--send-test-event", run.Stdout);
        }

        [Fact]
        public async Task SameValueInTwoSlotsFailsConfig()
        {
            var options = Options();
            options.TrackApiKey = SiteId;

            var report = await LibraryRun.RunAsync(options);

            Assert.Equal(CheckStatus.Fail, report[CheckIds.Config].Status);
            Assert.Contains("CUSTOMERIO_SITE_ID and CUSTOMERIO_API_KEY hold the same value", report[CheckIds.Config].Message);
            Assert.DoesNotContain(SiteId, report[CheckIds.Config].Message + report[CheckIds.Config].Advice);
        }

        [Theory]
        [InlineData("\"" + TrackKey + "\"", "surrounding quotes")]
        [InlineData(" " + TrackKey, "surrounding whitespace")]
        [InlineData(TrackKey + "\r\n", "a trailing newline")]
        public async Task CopyPasteDamageIsNamed(string trackKey, string expected)
        {
            var options = Options();
            options.TrackApiKey = trackKey;

            var report = await LibraryRun.RunAsync(options);

            Assert.Equal(CheckStatus.Warn, report[CheckIds.Config].Status);
            Assert.Contains(expected, report[CheckIds.Config].Message);
        }

        [Theory]
        [InlineData("SiteQ7vX2mZk9PwR4tL", "CUSTOMERIO_SITE_ID is 19 characters")]
        [InlineData("SiteQ7vX2mZk9PwR4t-b", "CUSTOMERIO_SITE_ID is 20 characters, not 20 letters or digits")]
        public async Task SiteIdOfTheWrongShapeWarns(string siteId, string expected)
        {
            var options = Options();
            options.SiteId = siteId;

            var report = await LibraryRun.RunAsync(options);

            Assert.Equal(CheckStatus.Warn, report[CheckIds.Config].Status);
            Assert.Contains(expected, report[CheckIds.Config].Message);
        }

        [Fact]
        public async Task TrackShapedAppKeyWarns()
        {
            var options = Options();
            options.AppApiKey = "OtherJ4kW8nQ2xV6bZ3m";

            var report = await LibraryRun.RunAsync(options);

            Assert.Equal(CheckStatus.Warn, report[CheckIds.Config].Status);
            Assert.Contains("CUSTOMERIO_APP_API_KEY looks like a Track API key", report[CheckIds.Config].Message);
        }

        [Fact]
        public async Task CustomerLookupWithoutAnAppKeyFailsAndSendsNothingForIt()
        {
            var options = Options();
            options.Customer = "user-1";

            var report = await LibraryRun.RunAsync(options);

            Assert.Equal(CheckStatus.Fail, report[CheckIds.Customer].Status);
            Assert.Contains("CUSTOMERIO_APP_API_KEY", report[CheckIds.Customer].Advice);
            Assert.Equal(CheckStatus.Skipped, report[CheckIds.AppCredentials].Status);
        }

        [Fact]
        public async Task OutOfRangeLibraryOptionsAreAConfigurationErrorNotAnException()
        {
            var options = Options();
            options.RequestTimeout = TimeSpan.Zero;
            options.MaxRetries = -1;

            var report = await LibraryRun.RunAsync(options);

            Assert.True(report.ConfigurationError);
            Assert.Equal(2, report.ExitCode());
            Assert.Contains("RequestTimeout must be between", report[CheckIds.Config].Message);
            Assert.Contains("MaxRetries must be between", report[CheckIds.Config].Message);
        }

        private static CustomerIoProbeOptions Options() => new()
        {
            SiteId = SiteId,
            TrackApiKey = TrackKey,
            TrackUrl = "http://127.0.0.1:9",
            AppUrl = "http://127.0.0.1:9",
            MaxRetries = 0,
            RequestTimeout = TimeSpan.FromSeconds(2),
        };
    }
}
