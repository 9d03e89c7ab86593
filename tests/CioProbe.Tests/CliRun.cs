using System.Diagnostics;
using System.Text.Json;
using CioProbe.Tool;
using Microsoft.Extensions.Configuration;

namespace CioProbe.Tests
{
    /// <summary>Runs the cio-probe command line in-process with a given environment and captures what it prints.</summary>
    public sealed record CliRun(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
    {
        // The fake server's answers arrive in milliseconds; 50 ms keeps backoff real but the suite fast.
        private static readonly string[] FastRetries = ["--retry-delay", "0.05"];

        public static Task<CliRun> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
            RunAsync(environment, terminal: false, args);

        /// <summary>Runs as if both output streams were a terminal (<paramref name="terminal"/>) or redirected.</summary>
        public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string?> environment, bool terminal, params string[] args)
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var stopwatch = Stopwatch.StartNew();
            string[] arguments = args.Contains("--retry-delay") ? args : [.. FastRetries, .. args];
            var exitCode = await ProbeCli.RunAsync(arguments, Host(environment, stdout, stderr, terminal));
            var run = new CliRun(exitCode, stdout.ToString(), stderr.ToString(), stopwatch.Elapsed);
            OutputLog.Record(
                $"cio-probe {string.Join(' ', args)}",
                Ansi.Strip(run.Stdout + "\n" + run.Stderr),
                [Secret(environment, arguments, "CUSTOMERIO_SITE_ID", "--site-id"), Secret(environment, arguments, "CUSTOMERIO_API_KEY", "--api-key"), Secret(environment, arguments, "CUSTOMERIO_APP_API_KEY", "--app-api-key"), .. SettingSecrets(environment, arguments)]);
            return run;
        }

        /// <summary>A host on the given writers whose environment is <paramref name="environment"/> only, never this process's.</summary>
        public static ProbeHost Host(IReadOnlyDictionary<string, string?> environment, TextWriter stdout, TextWriter stderr, bool terminal = false) => new()
        {
            Environment = environment,
            // What the environment-variables provider does with a process environment: '__' separates sections.
            AddEnvironmentVariables = builder => builder.AddInMemoryCollection(
                environment.Select(e => KeyValuePair.Create(e.Key.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal), e.Value))),
            Out = stdout,
            Error = stderr,
            OutIsTerminal = terminal,
            ErrorIsTerminal = terminal,
            OutWidth = terminal ? 100 : null,
        };

        // The value the probe used: the option's when given, else the variable's.
        private static string? Secret(IReadOnlyDictionary<string, string?> environment, string[] args, string variable, string option)
        {
            var index = Array.LastIndexOf(args, option);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : environment.GetValueOrDefault(variable);
        }

        // Credentials given the way an app keeps them, in CustomerIO__* variables or the --config file: searched for too.
        private static IEnumerable<string?> SettingSecrets(IReadOnlyDictionary<string, string?> environment, string[] args)
        {
            string[] keys = ["SiteId", "ApiKey", "TrackApiKey", "AppApiKey"];
            var fromVariables = environment.Where(e => keys.Any(k => string.Equals(e.Key, $"CustomerIO__{k}", StringComparison.OrdinalIgnoreCase))).Select(e => e.Value);
            var index = Array.LastIndexOf(args, "--config");
            if (index < 0 || index + 1 >= args.Length || !File.Exists(args[index + 1]))
            {
                return fromVariables;
            }

            try
            {
                using var document = JsonDocument.Parse(File.ReadAllText(args[index + 1]));
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return fromVariables;
                }

                var fromFile = document.RootElement.EnumerateObject()
                    .Where(p => p.Name.Equals("CustomerIO", StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.Object)
                    .SelectMany(p => p.Value.EnumerateObject())
                    .Where(p => p.Value.ValueKind == JsonValueKind.String && keys.Contains(p.Name, StringComparer.OrdinalIgnoreCase))
                    .Select(p => p.Value.GetString())
                    .ToList();
                return fromVariables.Concat(fromFile);
            }
            catch (Exception ex) when (ex is JsonException or IOException)
            {
                // A file that is not JSON (or a dangling link) is a scenario of its own; the raw text is searched by that test.
                return fromVariables;
            }
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
        private readonly JsonElement root;

        private JsonReport(JsonElement root) => this.root = root;

        public static JsonReport Parse(string json) => new(JsonDocument.Parse(json).RootElement.Clone());

        public JsonElement Root => this.root;

        public string Status(string id) => Check(id).GetProperty("status").GetString()!;

        public string Message(string id) => Check(id).GetProperty("message").GetString()!;

        public string Advice(string id) => Check(id).GetProperty("advice").GetString() ?? string.Empty;

        public int ExitCode => this.root.GetProperty("exitCode").GetInt32();

        public JsonElement Check(string id) =>
            this.root.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);

        /// <summary>Statuses of all checks in report order, e.g. "config=ok track-credentials=ok ...".</summary>
        public string Statuses() =>
            string.Join(" ", this.root.GetProperty("checks").EnumerateArray().Select(c => $"{c.GetProperty("id").GetString()}={c.GetProperty("status").GetString()}"));
    }
}
