using System.CommandLine;
using CioProbe.Reporting;

namespace CioProbe.Tool
{
    /// <summary>The tool's logic with its environment and output passed in, so it runs the same in-process and from a shell.</summary>
    public static class ProbeCli
    {
        private const string HelpHint = "Run cio-probe --help for the options.";

        /// <summary>Parses <paramref name="args"/>, runs the probe and writes the report; returns the exit code (130 when cancelled).</summary>
        public static async Task<int> RunAsync(string[] args, ProbeHost host, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(args);
            ArgumentNullException.ThrowIfNull(host);
            var command = new ProbeCommand();
            var root = command.Build();
            root.SetAction((parse, token) => ProbeAsync(command, parse, args, host, token));

            // No response files: an argument starting with @ is a value, not a file to read.
            var parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parseResult.Errors.Count > 0)
            {
                var safe = PrintedText.For(command, parseResult, args, host.Environment);
                foreach (var error in parseResult.Errors)
                {
                    await host.Error.WriteLineAsync(safe.Of(error.Message)).ConfigureAwait(false);
                }

                await host.Error.WriteLineAsync(HelpHint).ConfigureAwait(false);
                return ExitCodes.UsageOrConfiguration;
            }

            // The caller owns the signals (see StopSignals): the parser's own handler would end the process on a timer.
            var invocation = new InvocationConfiguration { Output = host.Out, Error = host.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await parseResult.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }

        private static async Task<int> ProbeAsync(ProbeCommand command, ParseResult parse, string[] args, ProbeHost host, CancellationToken token)
        {
            ProbeSettings settings;
            try
            {
                settings = await ProbeSettings.ReadAsync(command, parse, host, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return await CancelledAsync(host).ConfigureAwait(false);
            }
            catch (UsageException ex)
            {
                await host.Error.WriteLineAsync(PrintedText.For(command, parse, args, host.Environment).Of(ex.Message)).ConfigureAwait(false);
                await host.Error.WriteLineAsync(HelpHint).ConfigureAwait(false);
                return ExitCodes.UsageOrConfiguration;
            }

            // Notes and the sources line quote the file's key names and the --config path: text from outside, like a finding.
            var safe = PrintedText.For(command, parse, args, host.Environment, settings.Options);
            foreach (var note in settings.Notes)
            {
                await host.Error.WriteLineAsync(safe.Of($"note: {note}")).ConfigureAwait(false);
            }

            var sources = settings.Sources.Select(safe.Of).ToList();

            var json = parse.GetValue(command.Json);
            var strict = parse.GetValue(command.Strict);
            var style = TerminalStyle.For(host, json);
            ProbeReport report;
            try
            {
                report = style.ProgressLine
                    ? await ProgressLine.ShowWhileAsync(
                        TerminalStyle.Console(host.Error, terminal: true, ansi: true, style.ProgressColour, host.Environment),
                        progress => CustomerIoProbe.RunAsync(settings.Options, progress, token)).ConfigureAwait(false)
                    : await CustomerIoProbe.RunAsync(settings.Options, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return await CancelledAsync(host).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // No stack trace and no message, which could echo a request; the type is enough to report a defect.
                await host.Error.WriteLineAsync($"cio-probe stopped on an unexpected {ex.GetType().Name}.").ConfigureAwait(false);
                return ExitCodes.CheckFailed;
            }

            if (json)
            {
                await host.Out.WriteLineAsync(ProbeReportJson.Write(report, strict)).ConfigureAwait(false);
            }
            else
            {
                var table = TerminalStyle.Render(console => ReportTable.Write(console, report, strict, sources, boxed: host.OutIsTerminal), style.ReportColour, host.OutWidth, host.Environment);
                await host.Out.WriteAsync(table).ConfigureAwait(false);
            }

            return report.ExitCode(strict);
        }

        private static async Task<int> CancelledAsync(ProbeHost host)
        {
            await host.Error.WriteLineAsync("Cancelled.").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
    }
}
