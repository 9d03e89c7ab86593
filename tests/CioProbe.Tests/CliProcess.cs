using System.Diagnostics;
using System.Text;

namespace CioProbe.Tests
{
    /// <summary>The built cio-probe started as a real process, so signals and the real environment-variables provider are exercised.</summary>
    public sealed class CliProcess : IDisposable
    {
        private readonly Process process;
        private readonly StringBuilder stdout = new();
        private readonly StringBuilder stderr = new();

        private CliProcess(Process process) => this.process = process;

        public int Id => this.process.Id;

        /// <summary>Starts the tool next to this test assembly with <paramref name="environment"/> in place of every Customer.io variable inherited.</summary>
        public static CliProcess Start(IReadOnlyDictionary<string, string?> environment, params string[] args)
        {
            var tool = ToolPath();
            var start = new ProcessStartInfo(System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(tool);
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("CUSTOMERIO", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(name);
            }

            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            var process = new Process { StartInfo = start };
            var run = new CliProcess(process);
            process.OutputDataReceived += (_, e) => Append(run.stdout, e.Data);
            process.ErrorDataReceived += (_, e) => Append(run.stderr, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return run;
        }

        // The tool's own build output (the project reference builds it), with its own dependencies: this test folder has
        // the ASP.NET Core shared framework's copies instead, which the tool's deps.json does not name.
        private static string ToolPath()
        {
            var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var framework = here.Name;
            var configuration = here.Parent!.Name;
            var root = here;
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "CioAnalyzers.sln")))
            {
                root = root.Parent;
            }

            Assert.NotNull(root);
            var tool = Path.Combine(root.FullName, "src", "CioProbe.Tool", "bin", configuration, framework, "cio-probe.dll");
            Assert.True(File.Exists(tool), $"not built: {tool}");
            return tool;
        }

        /// <summary>Sends <paramref name="signal"/> (INT, TERM) with kill(1), as a shell or a container runtime would.</summary>
        public void Signal(string signal)
        {
            using var kill = Process.Start("kill", [$"-{signal}", this.process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
            Assert.Equal(0, kill.ExitCode);
        }

        /// <summary>Waits for the exit and returns what was printed; kills the process and fails when it does not end in time.</summary>
        public async Task<CliRun> WaitAsync(TimeSpan limit)
        {
            var stopwatch = Stopwatch.StartNew();
            using var timeout = new CancellationTokenSource(limit);
            try
            {
                await this.process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                this.process.Kill(entireProcessTree: true);
                Assert.Fail($"cio-probe did not exit within {limit}; stderr: {Text(stderr)}");
            }

            // The parameterless wait also drains the redirected streams.
            this.process.WaitForExit();
            return new CliRun(this.process.ExitCode, Text(stdout), Text(stderr), stopwatch.Elapsed);
        }

        public void Dispose()
        {
            if (!this.process.HasExited)
            {
                this.process.Kill(entireProcessTree: true);
            }

            this.process.Dispose();
        }

        private static void Append(StringBuilder text, string? line)
        {
            if (line is not null)
            {
                lock (text)
                {
                    text.AppendLine(line);
                }
            }
        }

        private static string Text(StringBuilder text)
        {
            lock (text)
            {
                return text.ToString();
            }
        }
    }
}
