using System.Diagnostics;
using System.Text;

namespace CioProbe.EndToEnd.Infrastructure
{
    /// <summary>
    /// A process these tests start (dotnet pack, a consumer app, an installed tool), with stdout and stderr captured
    /// together. Disposing it ends the process and its children if they are still running.
    /// </summary>
    public sealed class ChildProcess : IAsyncDisposable
    {
        private readonly Process process;
        private readonly StringBuilder output = new();
        private readonly object gate = new();
        private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> waiters = [];

        private ChildProcess(Process process, string command)
        {
            this.process = process;
            Command = command;
        }

        public string Command { get; }

        /// <summary>Everything printed so far.</summary>
        public string Output
        {
            get
            {
                lock (gate)
                {
                    return output.ToString();
                }
            }
        }

        /// <summary>Starts a process with the given <paramref name="environment"/> variables set (a null value removes the variable).</summary>
        public static ChildProcess Start(string workingDirectory, string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
        {
            var start = new ProcessStartInfo(fileName)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // The test host runs inside a dotnet test that set MSBuild and NuGet variables; a consumer must not inherit them.
            foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.Equals("NUGET_PACKAGES", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(key);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            start.Environment["MSBUILDTERMINALLOGGER"] = "off";
            foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
            {
                if (value is null)
                {
                    start.Environment.Remove(key);
                }
                else
                {
                    start.Environment[key] = value;
                }
            }

            var process = new Process { StartInfo = start };
            var child = new ChildProcess(process, fileName + " " + string.Join(" ", start.ArgumentList));
            process.OutputDataReceived += (_, e) => child.Append(e.Data);
            process.ErrorDataReceived += (_, e) => child.Append(e.Data);
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return child;
        }

        /// <summary>Runs a command to its end, failing the test if it takes longer than <paramref name="timeout"/>.</summary>
        public static async Task<CommandResult> RunAsync(string workingDirectory, string fileName, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment = null)
        {
            await using var child = Start(workingDirectory, fileName, arguments, environment);
            return await child.WaitForExitAsync(timeout);
        }

        /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> to its end, within 5 minutes.</summary>
        public static Task<CommandResult> DotNetAsync(string workingDirectory, params string[] arguments) =>
            RunAsync(workingDirectory, "dotnet", arguments, TimeSpan.FromMinutes(5));

        public async Task<CommandResult> WaitForExitAsync(TimeSpan timeout)
        {
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await this.process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                Kill();
                throw new TimeoutException($"`{Command}` did not finish within {timeout}:\n{Output}");
            }

            this.process.WaitForExit(); // flushes the redirected streams
            return new CommandResult(Command, this.process.ExitCode, Output);
        }

        /// <summary>The first line matching <paramref name="match"/>; fails when the process exits or the time runs out first.</summary>
        public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
        {
            var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (gate)
            {
                var earlier = output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(match);
                if (earlier is not null)
                {
                    return earlier;
                }

                waiters.Add((match, found));
            }

            var exited = this.process.WaitForExitAsync();
            var first = await Task.WhenAny(found.Task, exited, Task.Delay(timeout));
            if (first == found.Task)
            {
                return await found.Task;
            }

            if (first == exited)
            {
                this.process.WaitForExit();
                throw new InvalidOperationException($"`{Command}` exited with {this.process.ExitCode} before printing the expected line:\n{Output}");
            }

            throw new TimeoutException($"`{Command}` did not print the expected line within {timeout}:\n{Output}");
        }

        public async ValueTask DisposeAsync()
        {
            Kill();
            await this.process.WaitForExitAsync();
            this.process.Dispose();
        }

        private void Kill()
        {
            try
            {
                if (!this.process.HasExited)
                {
                    this.process.Kill(entireProcessTree: true);
                }
            }
            catch (InvalidOperationException)
            {
                // Exited in the meantime.
            }
        }

        private void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (gate)
            {
                output.AppendLine(line);
                foreach (var waiter in waiters.Where(w => w.Match(line)).ToList())
                {
                    waiters.Remove(waiter);
                    waiter.Found.TrySetResult(line);
                }
            }
        }
    }
}
