using System.Diagnostics;

namespace CioProbe.Tests
{
    /// <summary>
    /// --config given something other than a settings file: a device, a pipe, a huge file, links. Each is a usage error
    /// (exit 2), never a crash or a hang, and a signal stops a read that waits.
    /// </summary>
    public sealed class CliConfigFileAbuseTests : IDisposable
    {
        private const string Closed = "http://127.0.0.1:9";

        private static readonly Dictionary<string, string?> NoVariables = [];

        private readonly string folder = Directory.CreateTempSubdirectory("cio-probe-abuse-").FullName;

        public void Dispose() => Directory.Delete(folder, recursive: true);

        // A real process: should the cap ever break, the test host is not the one that runs out of memory.
        [UnixFact]
        public async Task DevZeroIsRefusedAsNotARegularFile() => await AssertRefusedInProcess("/dev/zero");

        [UnixFact]
        public async Task ASymlinkToDevZeroIsRefusedAsNotARegularFile()
        {
            var link = Path.Combine(folder, "appsettings.json");
            File.CreateSymbolicLink(link, "/dev/zero");

            await AssertRefusedInProcess(link);
        }

        [Fact]
        public async Task AFileOverTheCapIsRefusedWithoutReadingIt()
        {
            var path = Path.Combine(folder, "appsettings.json");
            using (var file = File.Create(path))
            {
                // Sparse: the size without the disk space.
                file.SetLength(17L * 1024 * 1024);
            }

            var run = await CliRun.RunAsync(NoVariables, "--config", path);

            AssertUsageError(run, $"--config {path}: the file is 17,825,792 bytes; the probe reads settings files of up to 16 MiB.");
        }

        [UnixFact]
        public async Task AFifoWithAWriterIsRefusedAsNotARegularFile()
        {
            var fifo = MakeFifo();

            // Opening the write end waits for the probe to open the read end; the writer then stays silent.
            using var process = CliProcess.Start(NoVariables, "--config", fifo);
            await using var writer = await Task.Run(() => new FileStream(fifo, FileMode.Open, FileAccess.Write)).WaitAsync(TimeSpan.FromSeconds(30));
            var run = await process.WaitAsync(TimeSpan.FromSeconds(30));

            AssertUsageError(run, $"--config {fifo}: not a regular file");
        }

        [UnixFact]
        public Task CtrlCWhileAFifoWaitsForAWriterCancelsAndExits130() => StopWhileWaiting("INT", 130);

        [UnixFact]
        public Task SigtermWhileAFifoWaitsForAWriterCancelsAndExits143() => StopWhileWaiting("TERM", 143);

        [Fact]
        public async Task AHiddenFileIsReadLikeAnyOther()
        {
            var path = Path.Combine(folder, ".secrets.json");
            File.WriteAllText(path, $$"""{ "CustomerIO": { "SiteId": "SiteQ7vX2mZk9PwR4tLb", "ApiKey": "Trk9Hs3NdY8cUq5JxVf2", "TrackUrl": "{{Closed}}", "AppUrl": "{{Closed}}" } }""");

            var (run, report) = await CliRun.RunJsonAsync(NoVariables, "--config", path, "--retries", "0");

            Assert.Equal("ok", report.Status("config"));
            Assert.Equal(string.Empty, run.Stderr);
        }

        [Fact]
        public async Task ADanglingSymlinkIsNamedAsSuch()
        {
            var link = Path.Combine(folder, "appsettings.json");
            File.CreateSymbolicLink(link, Path.Combine(folder, "gone.json"));

            var run = await CliRun.RunAsync(NoVariables, "--config", link);

            AssertUsageError(run, $"--config {link}: a symbolic link whose target does not exist.");
        }

        private static async Task AssertRefusedInProcess(string path)
        {
            using var process = CliProcess.Start(NoVariables, "--config", path);
            var run = await process.WaitAsync(TimeSpan.FromSeconds(30));

            AssertUsageError(run, $"--config {path}: not a regular file");
        }

        private async Task StopWhileWaiting(string signal, int exitCode)
        {
            var fifo = MakeFifo();

            // Without the runtime's debugger transport, whose own FIFO would look like the probe's wait.
            using var process = CliProcess.Start(new Dictionary<string, string?> { ["DOTNET_EnableDiagnostics"] = "0" }, "--config", fifo);
            await WaitForFifoOpen(process.Id);

            process.Signal(signal);
            var run = await process.WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal(exitCode, run.ExitCode);
            Assert.Equal("Cancelled.", run.Stderr.Trim());
            Assert.Equal(string.Empty, run.Stdout);
        }

        // A thread of the process is in the kernel's wait for the FIFO's other end: the read has started, and the signal
        // handlers are in place (they are registered before the arguments are read).
        private static async Task WaitForFifoOpen(int pid)
        {
            var stopwatch = Stopwatch.StartNew();
            while (stopwatch.Elapsed < TimeSpan.FromSeconds(30))
            {
                var waits = Directory.EnumerateDirectories($"/proc/{pid}/task").Select(t => Read(Path.Combine(t, "wchan")));
                if (waits.Any(w => w.Contains("wait_for_partner", StringComparison.Ordinal)))
                {
                    return;
                }

                await Task.Delay(50);
            }

            Assert.Fail("cio-probe never waited on the FIFO");

            static string Read(string path)
            {
                try
                {
                    return File.ReadAllText(path);
                }
                catch (IOException)
                {
                    return string.Empty;
                }
            }
        }

        private string MakeFifo()
        {
            var fifo = Path.Combine(folder, "appsettings.json");
            using var mkfifo = Process.Start("mkfifo", [fifo]);
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
            return fifo;
        }

        private static void AssertUsageError(CliRun run, string expected)
        {
            Assert.Equal(2, run.ExitCode);
            Assert.Contains(expected, run.Stderr);
            Assert.EndsWith("Run cio-probe --help for the options." + Environment.NewLine, run.Stderr);
            Assert.Equal(string.Empty, run.Stdout);
        }
    }
}
