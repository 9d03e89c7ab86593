using System.Diagnostics;
using System.Text.Json;
using CioProbe.Tool;

namespace CioProbe.Tests;

/// <summary>Runs the cio-probe command line in-process with a given environment and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
{
    // The fake server's answers arrive in milliseconds; 50 ms keeps backoff real but the suite fast.
    private static readonly string[] FastRetries = ["--retry-delay", "0.05"];

    public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var stopwatch = Stopwatch.StartNew();
        string[] arguments = args.Contains("--retry-delay") ? args : [.. FastRetries, .. args];
        var exitCode = await ProbeCli.RunAsync(arguments, environment, stdout, stderr);
        var run = new CliRun(exitCode, stdout.ToString(), stderr.ToString(), stopwatch.Elapsed);
        OutputLog.Record(
            $"cio-probe {string.Join(' ', args)}",
            run.Stdout + "\n" + run.Stderr,
            [Secret(environment, arguments, "CUSTOMERIO_SITE_ID", "--site-id"), Secret(environment, arguments, "CUSTOMERIO_API_KEY", "--api-key"), Secret(environment, arguments, "CUSTOMERIO_APP_API_KEY", "--app-api-key")]);
        return run;
    }

    // The value the probe used: the option's when given, else the variable's.
    private static string? Secret(IReadOnlyDictionary<string, string?> environment, string[] args, string variable, string option)
    {
        var index = Array.LastIndexOf(args, option);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : environment.GetValueOrDefault(variable);
    }

    /// <summary>Runs with --json and returns the parsed checks.</summary>
    public static async Task<(CliRun Run, JsonReport Report)> RunJsonAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var run = await RunAsync(environment, ["--json", .. args]);
        Assert.True(run.Stdout.Length > 0, $"no output; stderr: {run.Stderr}");
        return (run, JsonReport.Parse(run.Stdout));
    }

    /// <summary>Neither the raw nor the trimmed form of any secret appears in anything printed.</summary>
    public void AssertNoSecrets(params string?[] secrets)
    {
        foreach (var secret in secrets.Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            foreach (var form in new[] { secret!, secret!.Trim() })
            {
                Assert.DoesNotContain(form, Stdout, StringComparison.Ordinal);
                Assert.DoesNotContain(form, Stderr, StringComparison.Ordinal);
            }
        }
    }

    public void AssertFast() => Assert.True(Elapsed < TimeSpan.FromSeconds(15), $"took {Elapsed}");
}

/// <summary>The parsed --json output.</summary>
public sealed class JsonReport
{
    private readonly JsonElement _root;

    private JsonReport(JsonElement root) => _root = root;

    public static JsonReport Parse(string json) => new(JsonDocument.Parse(json).RootElement.Clone());

    public JsonElement Root => _root;

    public string Status(string id) => Check(id).GetProperty("status").GetString()!;

    public string Message(string id) => Check(id).GetProperty("message").GetString()!;

    public string Advice(string id) => Check(id).GetProperty("advice").GetString() ?? string.Empty;

    public int ExitCode => _root.GetProperty("exitCode").GetInt32();

    public JsonElement Check(string id) =>
        _root.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);

    /// <summary>Statuses of all checks in report order, e.g. "config=ok track-credentials=ok ...".</summary>
    public string Statuses() =>
        string.Join(" ", _root.GetProperty("checks").EnumerateArray().Select(c => $"{c.GetProperty("id").GetString()}={c.GetProperty("status").GetString()}"));
}
