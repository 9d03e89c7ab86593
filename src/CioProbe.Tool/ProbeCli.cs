using System.CommandLine;
using CioProbe.Reporting;
using CioProbe.Secrets;

namespace CioProbe.Tool;

/// <summary>The tool's logic with its environment and output passed in, so it runs the same in-process and from a shell.</summary>
public static class ProbeCli
{
    /// <summary>Parses <paramref name="args"/>, runs the probe and writes the report; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, IReadOnlyDictionary<string, string?> environment, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var command = new ProbeCommand();
        var root = command.Build();
        var exitCode = ExitCodes.Ok;
        root.SetAction(async (parse, token) =>
        {
            exitCode = await ProbeAsync(command, parse, environment, stdout, stderr, token).ConfigureAwait(false);
            return exitCode;
        });

        // No response files: an argument starting with @ is a value, not a file to read.
        var parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parseResult.Errors.Count > 0)
        {
            // Parse errors quote arguments, and a stray argument may be a key that lost its option: every value is masked.
            var values = args.Where(a => !a.StartsWith('-')).Append(environment.GetValueOrDefault(ProbeEnvironmentVariables.SiteId))
                .Append(environment.GetValueOrDefault(ProbeEnvironmentVariables.TrackApiKey)).Append(environment.GetValueOrDefault(ProbeEnvironmentVariables.AppApiKey));
            var safe = new SafeText(new SecretRedactor(values));
            foreach (var error in parseResult.Errors)
            {
                await stderr.WriteLineAsync(safe.Of(error.Message)).ConfigureAwait(false);
            }

            await stderr.WriteLineAsync("Run cio-probe --help for the options.").ConfigureAwait(false);
            return ExitCodes.UsageOrConfiguration;
        }

        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        return await parseResult.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> ProbeAsync(ProbeCommand command, ParseResult parse, IReadOnlyDictionary<string, string?> environment, TextWriter stdout, TextWriter stderr, CancellationToken token)
    {
        var usage = Validate(command, parse);
        if (usage is not null)
        {
            await stderr.WriteLineAsync(usage).ConfigureAwait(false);
            return ExitCodes.UsageOrConfiguration;
        }

        var options = CustomerIoProbeOptions.FromEnvironment(name => environment.TryGetValue(name, out var value) ? value : null);
        Override(parse, command.SiteId, v => options.SiteId = v);
        Override(parse, command.ApiKey, v => options.TrackApiKey = v);
        Override(parse, command.AppApiKey, v => options.AppApiKey = v);
        Override(parse, command.Region, v => options.Region = v);
        Override(parse, command.TrackUrl, v => options.TrackUrl = v);
        Override(parse, command.AppUrl, v => options.AppUrl = v);
        options.RequestTimeout = TimeSpan.FromSeconds(parse.GetValue(command.Timeout));
        options.Deadline = TimeSpan.FromSeconds(parse.GetValue(command.Deadline));
        options.MaxRetries = parse.GetValue(command.Retries);
        options.RetryBaseDelay = TimeSpan.FromSeconds(parse.GetValue(command.RetryDelay));
        options.Customer = parse.GetValue(command.Customer);
        options.MessageIds = (parse.GetValue(command.MessageIds) ?? []).ToList();
        options.TestEventCustomer = parse.GetValue(command.SendTestEvent);

        var strict = parse.GetValue(command.Strict);
        ProbeReport report;
        try
        {
            report = await CustomerIoProbe.RunAsync(options, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("Cancelled.").ConfigureAwait(false);
            return ExitCodes.CheckFailed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // No stack trace and no message, which could echo a request; the type is enough to report a defect.
            await stderr.WriteLineAsync($"cio-probe stopped on an unexpected {ex.GetType().Name}.").ConfigureAwait(false);
            return ExitCodes.CheckFailed;
        }

        if (parse.GetValue(command.Json))
        {
            await stdout.WriteLineAsync(ProbeReportJson.Write(report, strict)).ConfigureAwait(false);
        }
        else
        {
            await stdout.WriteAsync(ReportTable.Write(report, strict)).ConfigureAwait(false);
        }

        return report.ExitCode(strict);
    }

    private static string? Validate(ProbeCommand command, ParseResult parse)
    {
        // The same bounds as the library's (RequestTimeout from 10 ms to 1 hour), so a value accepted here is accepted there.
        if (!(parse.GetValue(command.Timeout) is >= 0.01 and <= 3600))
        {
            return "--timeout must be a number of seconds from 0.01 to 3600.";
        }

        if (!(parse.GetValue(command.Deadline) is > 0 and <= 86400))
        {
            return "--deadline must be a number of seconds greater than 0 and at most 86400.";
        }

        if (parse.GetValue(command.Retries) is < 0 or > 10)
        {
            return "--retries must be from 0 to 10.";
        }

        if (!(parse.GetValue(command.RetryDelay) is >= 0 and <= 60))
        {
            return "--retry-delay must be a number of seconds from 0 to 60.";
        }

        return ValidateIdentifier(parse, command.Customer, "a customer id, email or cio_ id", CustomerIdentifier.PathProblem)
            ?? ValidateIdentifier(parse, command.SendTestEvent, "the id of a test customer", Http.PathSegment.Problem);
    }

    // An identifier goes into a request path: an empty one is a mistake, not "not requested", and '.' or '..' would reach another endpoint.
    private static string? ValidateIdentifier(ParseResult parse, Option<string?> option, string what, Func<string, string?> pathProblem)
    {
        if (parse.GetResult(option) is not { Implicit: false })
        {
            return null;
        }

        var value = parse.GetValue(option)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return $"{option.Name} needs a value: {what}.";
        }

        return pathProblem(value) is { } problem
            ? $"{option.Name} cannot be '{value}': {problem}."
            : null;
    }

    // An option given on the command line wins over the variable, even when empty.
    private static void Override(ParseResult parse, Option<string?> option, Action<string?> apply)
    {
        if (parse.GetResult(option) is { Implicit: false })
        {
            apply(parse.GetValue(option));
        }
    }
}
