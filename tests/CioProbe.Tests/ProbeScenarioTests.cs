using System.Net;
using System.Net.Sockets;

namespace CioProbe.Tests
{
    /// <summary>The cio-probe command line against the emulated Track and App APIs, one scenario per test.</summary>
    public sealed class ProbeScenarioTests : IAsyncLifetime
    {
        private FakeCustomerIo server = null!;

        public async Task InitializeAsync() => server = await FakeCustomerIo.StartAsync();

        public async Task DisposeAsync() => await server.DisposeAsync();

        private static void AssertClean(CliRun run, IReadOnlyDictionary<string, string?> environment)
        {
            run.AssertNoSecrets(environment["CUSTOMERIO_SITE_ID"], environment["CUSTOMERIO_API_KEY"], environment["CUSTOMERIO_APP_API_KEY"]);
            run.AssertFast();
        }

        [Fact]
        public async Task AllGoodPassesEveryReadOnlyCheckAndWritesNothing()
        {
            var env = server.Environment();
            var (run, report) = await CliRun.RunJsonAsync(env);

            Assert.Equal("config=ok track-credentials=ok region=ok app-credentials=ok customer=skipped test-event=skipped", report.Statuses());
            Assert.Contains("environment id 4242", report.Message("region"));
            Assert.Contains("2 transactional messages", report.Message("app-credentials"));
            Assert.Equal(0, run.ExitCode);
            Assert.Equal(0, report.ExitCode);
            Assert.All(server.Requests, r => Assert.Equal("GET", r.Method));
            AssertClean(run, env);
        }

        [Fact]
        public async Task AllGoodTableOutputListsEveryCheckAndShowsOnlyMasks()
        {
            var env = server.Environment();
            var run = await CliRun.RunAsync(env);

            Assert.Equal(0, run.ExitCode);
            foreach (var id in CheckIds.All)
            {
                Assert.Contains(id, run.Stdout);
            }

            Assert.Contains("Trk9... (20 chars)", run.Stdout);
            AssertClean(run, env);
        }

        [Fact]
        public async Task Track401FailsTrackCredentialsWithThePairAdvice()
        {
            var env = server.Environment();
            env["CUSTOMERIO_API_KEY"] = "WrongK3yQ8vN2xZ7pL4m";
            var (run, report) = await CliRun.RunJsonAsync(env);

            Assert.Equal("fail", report.Status("track-credentials"));
            Assert.Contains("401", report.Message("track-credentials"));
            Assert.Contains("an App API key was used where the Track key belongs", report.Advice("track-credentials"));
            Assert.Equal("skipped", report.Status("region"));
            Assert.Equal("ok", report.Status("app-credentials"));
            Assert.Equal(1, run.ExitCode);
            AssertClean(run, env);
        }

        [Fact]
        public async Task AppKeyInTheTrackSlotIsNamedInConfigAndInThe401Advice()
        {
            var env = server.Environment();
            env["CUSTOMERIO_API_KEY"] = "OtherAppKey5Hq8Zr2Wm7Xt4Nc9Lb3Vd";
            var (run, report) = await CliRun.RunJsonAsync(env);

            Assert.Equal("warn", report.Status("config"));
            Assert.Contains("CUSTOMERIO_API_KEY looks like an App API key", report.Message("config"));
            Assert.Equal("fail", report.Status("track-credentials"));
            Assert.Contains("looks like an App API key", report.Advice("track-credentials"));
            Assert.Equal(1, run.ExitCode);
            AssertClean(run, env);
        }

        [Fact]
        public async Task App401FailsAppCredentialsWithKeyIpAndRegionAdvice()
        {
            var env = server.Environment();
            env["CUSTOMERIO_APP_API_KEY"] = "BadAppKey8Jm3Qx6Rz1Tv4Wn7Ks2Lp9Y";
            var (run, report) = await CliRun.RunJsonAsync(env);

            Assert.Equal("ok", report.Status("track-credentials"));
            Assert.Equal("fail", report.Status("app-credentials"));
            Assert.Contains("401", report.Message("app-credentials"));
            var advice = report.Advice("app-credentials");
            Assert.Contains("invalid", advice);
            Assert.Contains("IP addresses", advice);
            Assert.Contains("https://api-eu.customer.io", advice);
            Assert.Equal(1, run.ExitCode);
            AssertClean(run, env);
        }

        [Fact]
        public async Task EuWorkspaceConfiguredAsUsFailsRegionWithTheHostsToUse()
        {
            server.WorkspaceRegion = "eu";
            var env = server.Environment();
            var (run, report) = await CliRun.RunJsonAsync(env);

            Assert.Equal("ok", report.Status("track-credentials"));
            Assert.Equal("fail", report.Status("region"));
            Assert.Contains("EU region", report.Message("region"));
            Assert.Contains("environment id 4242", report.Message("region"));
            var advice = report.Advice("region");
            Assert.Contains("CUSTOMERIO_REGION=eu", advice);
            Assert.Contains("https://track-eu.customer.io", advice);
            Assert.Contains("https://api-eu.customer.io", advice);
            Assert.Equal(1, run.ExitCode);
            AssertClean(run, env);
        }

        [Fact]
        public async Task App301WrongDatacenterIsReportedAsARegionMismatchAndNotFollowed()
        {
            server.Override(FakeCustomerIo.TransactionalPath, (context, _) =>
            {
                context.Response.Headers.Location = "https://api-eu.customer.io/v1/transactional";
                return FakeCustomerIo.Json(context, 301, """{"errors":[{"detail":"wrong datacenter","status":"301"}]}""");
            });
            var env = server.Environment();
            var (run, report) = await CliRun.RunJsonAsync(env);

            Assert.Equal("fail", report.Status("app-credentials"));
            Assert.Contains("wrong datacenter", report.Message("app-credentials"));
            Assert.Contains("CUSTOMERIO_REGION=eu", report.Advice("app-credentials"));
            Assert.Contains("https://api-eu.customer.io", report.Advice("app-credentials"));
            Assert.Single(server.RequestsTo(FakeCustomerIo.TransactionalPath));
            Assert.Equal(1, run.ExitCode);
            AssertClean(run, env);
        }

        [Fact]
        public async Task TrackRedirectIsReportedAndNotFollowed()
        {
            server.Override(FakeCustomerIo.RegionPath, (context, _) =>
            {
                context.Response.StatusCode = 302;
                context.Response.Headers.Location = "https://track-eu.customer.io/api/v1/accounts/region";
                return Task.CompletedTask;
            });
            var env = server.Environment();
            var (run, report) = await CliRun.RunJsonAsync(env);

            Assert.Equal("fail", report.Status("track-credentials"));
            Assert.Contains("not followed", report.Message("track-credentials"));
            Assert.Contains("CUSTOMERIO_REGION=eu", report.Advice("track-credentials"));
            Assert.Equal("fail", report.Status("region"));
            Assert.Single(server.RequestsTo(FakeCustomerIo.RegionPath));
            Assert.Equal(1, run.ExitCode);
            AssertClean(run, env);
        }

        [Fact]
        public async Task RateLimitWaitsForRetryAfterThenSucceeds()
        {
            server.Override(FakeCustomerIo.RegionPath, (context, attempt) =>
            {
                if (attempt > 1)
                {
                    return server.DefaultAsync(context);
                }

                context.Response.Headers.RetryAfter = "1";
                return FakeCustomerIo.Json(context, 429, """{"errors":[{"detail":"rate limited","status":"429"}]}""");
            });
            var env = server.Environment();
            var (run, report) = await CliRun.RunJsonAsync(env);

            Assert.Equal("ok", report.Status("track-credentials"));
            Assert.Equal("ok", report.Status("region"));
            var attempts = server.RequestsTo(FakeCustomerIo.RegionPath);
            Assert.Equal(2, attempts.Count);
            Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromMilliseconds(900), "Retry-After: 1 was not waited");
            Assert.Equal(0, run.ExitCode);
            AssertClean(run, env);
        }

        [Fact]
        public async Task RateLimitWithoutRetryAfterIsNotRetried()
        {
            server.Override(FakeCustomerIo.TransactionalPath, (context, _) => FakeCustomerIo.Json(context, 429, """{"errors":[{"detail":"daily limit","status":"429"}]}"""));
            var env = server.Environment();
            var (run, report) = await CliRun.RunJsonAsync(env);

            Assert.Equal("fail", report.Status("app-credentials"));
            Assert.Contains("quota", report.Message("app-credentials"));
            Assert.Single(server.RequestsTo(FakeCustomerIo.TransactionalPath));
            Assert.Equal(1, run.ExitCode);
            AssertClean(run, env);
        }

        [Fact]
        public async Task RetryAfterBeyondTheDeadlineIsReportedWithoutWaiting()
        {
            server.Override(FakeCustomerIo.RegionPath, (context, _) =>
            {
                context.Response.Headers.RetryAfter = "120";
                return FakeCustomerIo.Json(context, 429, """{"errors":[{"detail":"rate limited","status":"429"}]}""");
            });
            var env = server.Environment();
            var (run, report) = await CliRun.RunJsonAsync(env, "--deadline", "5");

            Assert.Equal("fail", report.Status("track-credentials"));
            Assert.Contains("wait 120 s, beyond the deadline", report.Message("track-credentials"));
            Assert.Single(server.RequestsTo(FakeCustomerIo.RegionPath));
            Assert.Equal(1, run.ExitCode);
            AssertClean(run, env);
        }

        [Fact]
        public async Task ReadOnlyChecksRunConcurrently()
        {
            // The Track answer is held until the App request has arrived: run one after the other, the Track check would time out.
            var appArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            server.Override(FakeCustomerIo.TransactionalPath, (context, _) =>
            {
                appArrived.TrySetResult();
                return server.DefaultAsync(context);
            });
            server.Override(FakeCustomerIo.RegionPath, async (context, _) =>
            {
                await appArrived.Task.WaitAsync(TimeSpan.FromSeconds(5), context.RequestAborted);
                await server.DefaultAsync(context);
            });
            var env = server.Environment();
            var (run, report) = await CliRun.RunJsonAsync(env, "--timeout", "3", "--retries", "0");

            Assert.Equal("ok", report.Status("track-credentials"));
            Assert.Equal("ok", report.Status("app-credentials"));
            Assert.Equal(0, run.ExitCode);
            AssertClean(run, env);
        }

        [Fact]
        public async Task Two503sAreRetriedThenTheCheckPasses()
        {
            server.Override(FakeCustomerIo.TransactionalPath, (context, attempt) =>
                attempt <= 2 ? FakeCustomerIo.Json(context, 503, "Service Unavailable") : server.DefaultAsync(context));
            var env = server.Environment();
            var (run, report) = await CliRun.RunJsonAsync(env);

            Assert.Equal("ok", report.Status("app-credentials"));
            Assert.Equal(3, server.RequestsTo(FakeCustomerIo.TransactionalPath).Count);
            Assert.Equal(0, run.ExitCode);
            AssertClean(run, env);
        }

        [Fact]
        public async Task Persistent5xxFailsAfterTheBoundedRetries()
        {
            server.Override(FakeCustomerIo.RegionPath, (context, _) => FakeCustomerIo.Json(context, 502, "Bad Gateway"));
            var env = server.Environment();
            var (run, report) = await CliRun.RunJsonAsync(env, "--retries", "2");

            Assert.Equal("fail", report.Status("track-credentials"));
            Assert.Contains("502 after 3 attempts", report.Message("track-credentials"));
            Assert.Contains("status.customer.io", report.Advice("track-credentials"));
            Assert.Equal(3, server.RequestsTo(FakeCustomerIo.RegionPath).Count);
            Assert.Equal(1, run.ExitCode);
            AssertClean(run, env);
        }

        [Fact]
        public async Task ResponseSlowerThanTheTimeoutFailsWithTheTimeoutNamed()
        {
            server.Override(FakeCustomerIo.RegionPath, async (context, _) =>
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                await server.DefaultAsync(context);
            });
            var env = server.Environment();
            var (run, report) = await CliRun.RunJsonAsync(env, "--timeout", "1");

            Assert.Equal("fail", report.Status("track-credentials"));
            Assert.Contains("within 1 s", report.Message("track-credentials"));
            Assert.Contains("--timeout", report.Advice("track-credentials"));
            Assert.Equal("ok", report.Status("app-credentials"));
            Assert.Equal(1, run.ExitCode);
            Assert.True(run.Elapsed < TimeSpan.FromSeconds(10), $"took {run.Elapsed}");
            AssertClean(run, env);
        }

        [Fact]
        public async Task OverallDeadlineBoundsASlowRun()
        {
            server.Override(FakeCustomerIo.RegionPath, async (context, _) =>
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                }
            });
            var env = server.Environment();
            var (run, report) = await CliRun.RunJsonAsync(env, "--timeout", "10", "--deadline", "1");

            Assert.Equal("fail", report.Status("track-credentials"));
            Assert.Contains("deadline of 1 s", report.Message("track-credentials"));
            Assert.Equal(1, run.ExitCode);
            Assert.True(run.Elapsed < TimeSpan.FromSeconds(10), $"took {run.Elapsed}");
            AssertClean(run, env);
        }

        [Fact]
        public async Task ConnectionRefusedFailsBothApisWithTheUrlVariablesNamed()
        {
            var env = server.Environment();
            var closed = $"http://127.0.0.1:{ClosedPort()}";
            env["CUSTOMERIO_TRACK_URL"] = closed;
            env["CUSTOMERIO_APP_URL"] = closed;
            var (run, report) = await CliRun.RunJsonAsync(env);

            Assert.Equal("fail", report.Status("track-credentials"));
            Assert.Contains("refused", report.Message("track-credentials"));
            Assert.Contains("CUSTOMERIO_TRACK_URL", report.Advice("track-credentials"));
            Assert.Equal("fail", report.Status("app-credentials"));
            Assert.Contains("CUSTOMERIO_APP_URL", report.Advice("app-credentials"));
            Assert.Equal(1, run.ExitCode);
            AssertClean(run, env);
        }

        [Fact]
        public async Task MalformedJsonIsReportedAsAWarningNotACrash()
        {
            server.Override(FakeCustomerIo.RegionPath, (context, _) => FakeCustomerIo.Json(context, 200, """{"url":"https://track.customer.io","region":"""));
            server.Override(FakeCustomerIo.TransactionalPath, (context, _) => FakeCustomerIo.Json(context, 200, "<html>proxy login</html>"));
            var env = server.Environment();
            var (run, report) = await CliRun.RunJsonAsync(env);

            Assert.Equal("ok", report.Status("track-credentials"));
            Assert.Equal("warn", report.Status("region"));
            Assert.Contains("not valid JSON", report.Message("region"));
            Assert.Contains("proxy", report.Advice("region"));
            Assert.Equal("warn", report.Status("app-credentials"));
            Assert.Contains("unreadable", report.Message("app-credentials"));
            Assert.Equal(0, run.ExitCode);
            Assert.DoesNotContain("Exception", run.Stdout + run.Stderr);
            AssertClean(run, env);

            var (strictRun, strictReport) = await CliRun.RunJsonAsync(env, "--strict");
            Assert.Equal(1, strictRun.ExitCode);
            Assert.Equal(1, strictReport.ExitCode);
        }

        [Fact]
        public async Task CustomerFoundByEmailIsLookedUpWithAnEncodedPathAndEmailIdType()
        {
            var env = server.Environment();
            var (run, report) = await CliRun.RunJsonAsync(env, "--customer", "jane@example.com");

            Assert.Equal("ok", report.Status("customer"));
            Assert.Contains("exists", report.Message("customer"));
            Assert.Contains(server.Requests, r => r.Target == "/v1/customers/jane%40example.com/attributes?id_type=email");
            Assert.Equal(0, run.ExitCode);
            AssertClean(run, env);
        }

        [Fact]
        public async Task CustomerByCioIdUsesTheCioIdType()
        {
            var env = server.Environment();
            var (run, report) = await CliRun.RunJsonAsync(env, "--customer", "cio_03000001");

            Assert.Equal("ok", report.Status("customer"));
            Assert.Contains(server.Requests, r => r.Target == "/v1/customers/03000001/attributes?id_type=cio_id");
            Assert.Equal(0, run.ExitCode);
            AssertClean(run, env);
        }

        [Fact]
        public async Task CustomerNotFoundFailsWithIdentifyAdvice()
        {
            var env = server.Environment();
            var (run, report) = await CliRun.RunJsonAsync(env, "--customer", "no such/user");

            Assert.Equal("fail", report.Status("customer"));
            Assert.Contains("No customer with id 'no such/user'", report.Message("customer"));
            Assert.Contains("Identify the customer first", report.Advice("customer"));
            Assert.Contains(server.Requests, r => r.Target == "/v1/customers/no%20such%2Fuser/attributes?id_type=id");
            Assert.Equal(1, run.ExitCode);
            AssertClean(run, env);
        }

        [Fact]
        public async Task KeyWithATrailingNewlineWarnsAndTheTrimmedKeyIsChecked()
        {
            var env = server.Environment();
            env["CUSTOMERIO_API_KEY"] = FakeCustomerIo.TrackKey + "\n";
            var (run, report) = await CliRun.RunJsonAsync(env);

            Assert.Equal("warn", report.Status("config"));
            Assert.Contains("CUSTOMERIO_API_KEY has a trailing newline", report.Message("config"));
            Assert.Contains("401", report.Advice("config"));
            Assert.Equal("ok", report.Status("track-credentials"));
            Assert.Equal(0, run.ExitCode);
            AssertClean(run, env);

            var table = await CliRun.RunAsync(env, "--strict");
            Assert.Equal(1, table.ExitCode);
            AssertClean(table, env);
        }

        [Fact]
        public async Task KeyBrokenByAnInnerNewlineIsReportedWithoutACrashOrALeak()
        {
            var env = server.Environment();
            env["CUSTOMERIO_APP_API_KEY"] = "AppKey7Gm2Rz9Wq4\nLt8Xc3Vb6Nh1Pd5Jy";
            var (run, report) = await CliRun.RunJsonAsync(env);

            Assert.Equal("warn", report.Status("config"));
            Assert.Contains("CUSTOMERIO_APP_API_KEY has whitespace or control characters inside", report.Message("config"));
            Assert.Equal("fail", report.Status("app-credentials"));
            Assert.Contains("an HTTP header cannot carry", report.Message("app-credentials"));
            Assert.Equal(1, run.ExitCode);
            Assert.DoesNotContain("   at ", run.Stdout + run.Stderr);
            AssertClean(run, env);
            run.AssertNoSecrets("AppKey7Gm2Rz9Wq4", "Lt8Xc3Vb6Nh1Pd5Jy");
        }

        [Fact]
        public async Task MessageIdsAndTriggerNamesAreVerifiedAgainstTheTransactionalList()
        {
            var env = server.Environment();
            var (found, foundReport) = await CliRun.RunJsonAsync(env, "--message-id", "2", "--message-id", "welcome");
            Assert.Equal("ok", foundReport.Status("app-credentials"));
            Assert.Contains("found 2, welcome", foundReport.Message("app-credentials"));
            Assert.Equal(0, found.ExitCode);

            var (missing, missingReport) = await CliRun.RunJsonAsync(env, "--message-id", "Welcome", "--message-id", "7");
            Assert.Equal("fail", missingReport.Status("app-credentials"));
            Assert.Contains("not found: Welcome, 7", missingReport.Message("app-credentials"));
            Assert.Equal(1, missing.ExitCode);
            AssertClean(missing, env);
        }

        [Fact]
        public async Task TestEventIdentifiesAndTracksOnce()
        {
            var env = server.Environment();
            var (run, report) = await CliRun.RunJsonAsync(env, "--send-test-event", "probe user");

            Assert.Equal("ok", report.Status("test-event"));
            var writes = server.Requests.Where(r => r.Method != "GET").ToList();
            Assert.Equal(2, writes.Count);
            Assert.Equal("PUT", writes[0].Method);
            Assert.Equal("/api/v1/customers/probe%20user", writes[0].Target);
            Assert.Equal("POST", writes[1].Method);
            Assert.Equal("/api/v1/customers/probe%20user/events", writes[1].Target);
            Assert.Contains("\"name\":\"cio_probe_test\"", writes[1].Body);
            Assert.Equal(0, run.ExitCode);
            AssertClean(run, env);
        }

        [Fact]
        public async Task TestEventWriteIsNeverRetried()
        {
            server.Override("/api/v1/customers/probe-user/events", (context, _) => FakeCustomerIo.Json(context, 503, "{}"));
            var env = server.Environment();
            var (run, report) = await CliRun.RunJsonAsync(env, "--send-test-event", "probe-user");

            Assert.Equal("fail", report.Status("test-event"));
            Assert.Contains("503", report.Message("test-event"));
            Assert.Single(server.Requests, r => r.Method == "POST");
            Assert.Equal(1, run.ExitCode);
            AssertClean(run, env);
        }

        [Fact]
        public async Task TestEventIsNotSentWhenTheCredentialsFail()
        {
            var env = server.Environment();
            env["CUSTOMERIO_API_KEY"] = "WrongK3yQ8vN2xZ7pL4m";
            var (run, report) = await CliRun.RunJsonAsync(env, "--send-test-event", "probe-user");

            Assert.Equal("skipped", report.Status("test-event"));
            Assert.DoesNotContain(server.Requests, r => r.Method != "GET");
            Assert.Equal(1, run.ExitCode);
            AssertClean(run, env);
        }

        private static int ClosedPort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
