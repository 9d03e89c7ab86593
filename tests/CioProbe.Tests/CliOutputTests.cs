namespace CioProbe.Tests
{
    /// <summary>Colours, the live progress line and their off switches (redirected output, --json, NO_COLOR, TERM=dumb).</summary>
    public sealed class CliOutputTests : IAsyncLifetime
    {
        private FakeCustomerIo server = null!;

        public async Task InitializeAsync()
        {
            server = await FakeCustomerIo.StartAsync();

            // Slow enough for the live line to be drawn at least once.
            server.Override(FakeCustomerIo.RegionPath, async (context, _) =>
            {
                await Task.Delay(700, context.RequestAborted);
                await server.DefaultAsync(context);
            });
        }

        public async Task DisposeAsync() => await server.DisposeAsync();

        [Fact]
        public async Task TerminalGetsAColouredTableAndAProgressLineNamingTheRunningChecks()
        {
            var env = server.Environment();

            var run = await CliRun.RunAsync(env, terminal: true);

            Assert.Equal(0, run.ExitCode);
            Assert.True(Ansi.HasColour(run.Stdout), run.Stdout);
            Assert.Contains("running track-credentials, region", Ansi.Strip(run.Stderr));
            Assert.Contains("done config", Ansi.Strip(run.Stderr));
            var table = Ansi.Strip(run.Stdout);
            Assert.Contains("Trk9... (20 chars)", table);
            Assert.Contains("0 failed, 0 warned, 4 ok, 2 skipped", table);
            SecretLeaks.AssertNone(Ansi.Strip(run.Stdout + run.Stderr), FakeCustomerIo.SiteId, FakeCustomerIo.TrackKey, FakeCustomerIo.AppKey);
        }

        [Fact]
        public async Task RedirectedOutputHasNoEscapeSequencesNoProgressAndNoWrapping()
        {
            var env = server.Environment();
            env["CUSTOMERIO_TRACK_URL"] = server.BaseUrl + "a/very/long/path/prefix/that/would/never/fit/in/eighty/columns/of/a/terminal/window/at/all";

            var run = await CliRun.RunAsync(env, terminal: false);

            Assert.DoesNotContain(Ansi.Escape, run.Stdout + run.Stderr);
            Assert.Equal(string.Empty, run.Stderr);
            var lines = run.Stdout.Split(Environment.NewLine);
            Assert.Contains(lines, l => l.Contains("404", StringComparison.Ordinal) && l.Contains("track-credentials", StringComparison.Ordinal));
            Assert.All(lines, l => Assert.Equal(l.TrimEnd(), l));
            Assert.Contains(lines, l => l.StartsWith("STATUS", StringComparison.Ordinal) && l.Contains("FINDING", StringComparison.Ordinal));
        }

        [Fact]
        public async Task NoColorTurnsColourOffAndKeepsTheProgressLine()
        {
            var env = server.Environment();
            env["NO_COLOR"] = "1";

            var run = await CliRun.RunAsync(env, terminal: true);

            Assert.False(Ansi.HasColour(run.Stdout + run.Stderr), run.Stdout + run.Stderr);
            Assert.DoesNotContain(Ansi.Escape, run.Stdout);
            Assert.Contains("running track-credentials", Ansi.Strip(run.Stderr));
        }

        [Fact]
        public async Task DumbTerminalGetsNeitherColourNorAProgressLine()
        {
            var env = server.Environment();
            env["TERM"] = "dumb";

            var run = await CliRun.RunAsync(env, terminal: true);

            Assert.DoesNotContain(Ansi.Escape, run.Stdout + run.Stderr);
            Assert.Equal(string.Empty, run.Stderr);
            Assert.Contains("0 failed, 0 warned, 4 ok, 2 skipped", run.Stdout);
        }

        [Fact]
        public async Task JsonOnATerminalHasNoProgressLineAndNoColour()
        {
            var env = server.Environment();

            var run = await CliRun.RunAsync(env, terminal: true, "--json");

            Assert.Equal(string.Empty, run.Stderr);
            Assert.Equal("ok", JsonReport.Parse(run.Stdout).Status("region"));
        }

        [Fact]
        public async Task FindingsWithMarkupCharactersArePrintedAsText()
        {
            server.Override(FakeCustomerIo.TransactionalPath, (context, _) => FakeCustomerIo.Json(context, 503, """{"errors":[{"detail":"[red]x[/] [bold","status":"503"}]}"""));
            var env = server.Environment();

            var run = await CliRun.RunAsync(env, terminal: true, "--retries", "0");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("[red]x[/] [bold", Ansi.Strip(run.Stdout));
        }
    }
}
