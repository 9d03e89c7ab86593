using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace CioAnalyzers.Harness
{
    /// <summary>The output, exit code and wall-clock time of one dotnet command; printed whole in assertion messages.</summary>
    public sealed record CommandResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
    {
        public override string ToString() => $"`{Command}` exited with {ExitCode}:\n{Output}";

        /// <summary>This result, or an exception carrying it when the command failed.</summary>
        public CommandResult Succeeded() => ExitCode == 0 ? this : throw new InvalidOperationException(ToString());
    }

    /// <summary>
    /// Runs the dotnet CLI as a child process with a timeout, capturing everything it prints, as a user's shell would
    /// start it (no MSBuild settings inherited from the process that runs it).
    /// </summary>
    public static class DotNet
    {
        private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

        public static Task<CommandResult> RunAsync(string workingDirectory, params string[] arguments)
            => RunAsync(DefaultTimeout, workingDirectory, arguments);

        public static async Task<CommandResult> RunAsync(TimeSpan timeout, string workingDirectory, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // The test host inherits MSBuild settings from the dotnet test that started it; the consumer must not.
            foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(key);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            start.Environment["MSBUILDTERMINALLOGGER"] = "off";

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            var clock = Stopwatch.StartNew();
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            var command = "dotnet " + string.Join(" ", arguments);
            using var cancellation = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"`{command}` did not finish within {timeout}:\n{Text(output)}");
            }

            clock.Stop();
            process.WaitForExit(); // flushes the redirected streams
            return new CommandResult(command, process.ExitCode, Text(output), clock.Elapsed);
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }
        }

        private static string Text(StringBuilder output)
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }
}
