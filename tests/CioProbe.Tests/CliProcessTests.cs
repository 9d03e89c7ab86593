namespace CioProbe.Tests
{
    /// <summary>The built tool as a process: signals stop a run cleanly with their own exit codes; app-style variables are read.</summary>
    public sealed class CliProcessTests : IAsyncLifetime
    {
        private FakeCustomerIo server = null!;
        private readonly TaskCompletionSource trackAsked = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task InitializeAsync()
        {
            server = await FakeCustomerIo.StartAsync();

            // A Track API that never answers: only a signal ends the run before its 60 s deadline.
            server.Override(FakeCustomerIo.RegionPath, async (context, _) =>
            {
                trackAsked.TrySetResult();
                await Task.Delay(TimeSpan.FromSeconds(60), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            });
        }

        public async Task DisposeAsync() => await server.DisposeAsync();

        [UnixFact]
        public Task CtrlCCancelsTheRunSaysSoAndExits130() => StopWith("INT", 130);

        [UnixFact]
        public Task SigtermCancelsTheRunSaysSoAndExits143() => StopWith("TERM", 143);

        [Fact]
        public async Task AppStyleVariablesAreReadByTheEnvironmentVariablesProvider()
        {
            server.Override(FakeCustomerIo.RegionPath, (context, _) => server.DefaultAsync(context));
            var env = new Dictionary<string, string?>
            {
                ["CustomerIO__SiteId"] = FakeCustomerIo.SiteId,
                ["CUSTOMERIO__APIKEY"] = FakeCustomerIo.TrackKey,
                ["CustomerIO__AppApiKey"] = FakeCustomerIo.AppKey,
                ["CustomerIO__TrackUrl"] = server.BaseUrl.ToString(),
                ["CustomerIO__AppUrl"] = server.BaseUrl.ToString(),
            };

            using var process = CliProcess.Start(env, "--json");
            var run = await process.WaitAsync(TimeSpan.FromSeconds(30));
            Record(run, env);

            Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
            var report = JsonReport.Parse(run.Stdout);
            Assert.Equal("config=ok track-credentials=ok region=ok app-credentials=ok customer=skipped test-event=skipped", report.Statuses());
        }

        private async Task StopWith(string signal, int exitCode)
        {
            var env = server.Environment();
            using var process = CliProcess.Start(env, "--timeout", "60", "--deadline", "60", "--retries", "0");
            await trackAsked.Task.WaitAsync(TimeSpan.FromSeconds(30));

            process.Signal(signal);
            var run = await process.WaitAsync(TimeSpan.FromSeconds(10));
            Record(run, env);

            Assert.Equal(exitCode, run.ExitCode);
            Assert.Equal("Cancelled.", run.Stderr.Trim());
            Assert.Equal(string.Empty, run.Stdout);
            Assert.True(run.Elapsed < TimeSpan.FromSeconds(5), $"took {run.Elapsed} after the signal");
        }

        private static void Record(CliRun run, IReadOnlyDictionary<string, string?> env) =>
            OutputLog.Record("cio-probe process", run.Stdout + "\n" + run.Stderr, FakeCustomerIo.SiteId, FakeCustomerIo.TrackKey, FakeCustomerIo.AppKey, env.GetValueOrDefault("CUSTOMERIO_API_KEY"));
    }
}
