namespace CioProbe.Tests
{
    /// <summary>Each failure is named for what it is, with advice that fits it.</summary>
    public sealed class FindingAccuracyTests : IAsyncLifetime
    {
        private FakeCustomerIo server = null!;

        public async Task InitializeAsync() => server = await FakeCustomerIo.StartAsync();

        public async Task DisposeAsync() => await server.DisposeAsync();

        [Fact]
        public async Task NonAsciiAppKeyIsAConfigFailureAndIsNeverSentOrRetried()
        {
            var env = server.Environment();
            env["CUSTOMERIO_APP_API_KEY"] = "AppKey7Gm2Rz9Wq4Lt8X\u00e9c3Vb6Nh1Pd5Jy";

            var (run, report) = await CliRun.RunJsonAsync(env);

            Assert.Equal("fail", report.Status("config"));
            Assert.Contains("CUSTOMERIO_APP_API_KEY holds non-ASCII characters", report.Message("config"));
            Assert.Equal("fail", report.Status("app-credentials"));
            Assert.Contains("nothing was sent", report.Message("app-credentials"));
            Assert.DoesNotContain("attempts", report.Message("app-credentials"));
            Assert.DoesNotContain("firewall", report.Advice("app-credentials"));
            Assert.Equal("ok", report.Status("track-credentials"));
            Assert.Equal(1, run.ExitCode);
        }

        [Fact]
        public async Task NonAsciiTrackKeyIsNeverSentAlthoughBasicAuthWouldEncodeIt()
        {
            var env = server.Environment();
            env["CUSTOMERIO_API_KEY"] = "Trk9Hs3NdY8cUq5JxV\u00e9f";

            var (run, report) = await CliRun.RunJsonAsync(env);

            Assert.Equal("fail", report.Status("config"));
            Assert.Contains("CUSTOMERIO_API_KEY holds non-ASCII characters", report.Message("config"));
            Assert.Equal("fail", report.Status("track-credentials"));
            Assert.Contains("nothing was sent", report.Message("track-credentials"));
            Assert.Empty(server.RequestsTo(FakeCustomerIo.RegionPath));
            Assert.Equal("ok", report.Status("app-credentials"));
            Assert.Single(server.RequestsTo(FakeCustomerIo.TransactionalPath));
            Assert.Equal(1, run.ExitCode);
        }

        [Fact]
        public async Task ARedirectWithoutALocationIsReportedWithoutInventingATarget()
        {
            server.Override(FakeCustomerIo.RegionPath, (context, _) =>
            {
                context.Response.StatusCode = 302;
                return Task.CompletedTask;
            });

            var (_, report) = await CliRun.RunJsonAsync(server.Environment());

            Assert.Equal("fail", report.Status("track-credentials"));
            Assert.EndsWith("redirected (302) without a usable Location header; not followed, to keep credentials on the configured host", report.Message("track-credentials"));
        }

        [Fact]
        public async Task ValidBodiesOverTheReadCapAreNamedAsTooLongNotAsInvalid()
        {
            var padding = new string(' ', 300 * 1024);
            server.Override(FakeCustomerIo.RegionPath, (context, _) =>
                FakeCustomerIo.Json(context, 200, "{\"url\":\"https://track.customer.io\"," + padding + "\"region\":\"us\",\"environment_id\":4242}"));
            server.Override(FakeCustomerIo.TransactionalPath, (context, _) =>
                FakeCustomerIo.Json(context, 200, "{\"messages\":[" + padding + "]}"));

            var (_, report) = await CliRun.RunJsonAsync(server.Environment());

            Assert.Equal("warn", report.Status("region"));
            Assert.Contains("longer than the 256 KiB the probe reads", report.Message("region"));
            Assert.Equal("warn", report.Status("app-credentials"));
            Assert.Contains("longer than the 256 KiB the probe reads", report.Message("app-credentials"));
        }

        [Theory]
        [InlineData("""{"region":5}""", "a region field that is a number, not a string")]
        [InlineData("""{"region":["us"]}""", "a region field that is an array, not a string")]
        [InlineData("""{"url":"https://track.customer.io"}""", "no region field")]
        public async Task RegionFieldOfTheWrongTypeIsNamedAsSuch(string body, string expected)
        {
            server.Override(FakeCustomerIo.RegionPath, (context, _) => FakeCustomerIo.Json(context, 200, body));

            var (_, report) = await CliRun.RunJsonAsync(server.Environment());

            Assert.Equal("warn", report.Status("region"));
            Assert.Contains($"({expected})", report.Message("region"));
        }

        [Fact]
        public async Task HttpsToAPlainHttpServerNamesTheSchemeMismatch()
        {
            var env = server.Environment();
            env["CUSTOMERIO_TRACK_URL"] = new UriBuilder(server.BaseUrl) { Scheme = "https" }.Uri.ToString();

            var (_, report) = await CliRun.RunJsonAsync(env, "--retries", "0");

            Assert.Equal("fail", report.Status("track-credentials"));
            Assert.Contains("TLS handshake", report.Message("track-credentials"));
            Assert.Contains("CUSTOMERIO_TRACK_URL says https but the server there speaks plain http", report.Advice("track-credentials"));
        }

        [Fact]
        public async Task RegionAdviceShowsTheServerUrlWithoutUserInfoOrQuery()
        {
            server.Override(FakeCustomerIo.RegionPath, (context, _) => FakeCustomerIo.Json(context, 200,
                """{"url":"https://someone:hunter22@track-eu.customer.io/?token=abc123","region":"eu","environment_id":7}"""));

            var (_, report) = await CliRun.RunJsonAsync(server.Environment());

            Assert.Equal("fail", report.Status("region"));
            var advice = report.Advice("region");
            Assert.Contains("call https://track-eu.customer.io for the Track API", advice);
            Assert.DoesNotContain("hunter22", advice);
            Assert.DoesNotContain("abc123", advice);
        }
    }
}
