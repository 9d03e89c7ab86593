using System.Text.Json;
using CioProbe.Http;
using CioProbe.Secrets;

namespace CioProbe.Checks
{
    /// <summary><c>app-credentials</c>: <c>GET /v1/transactional</c> with the App API key; verifies the requested message ids.</summary>
    internal static class AppCredentialsCheck
    {
        private const string Id = CheckIds.AppCredentials;

        public static async Task<CheckResult> RunAsync(ProbeRun run)
        {
            var config = run.Configuration;
            var wanted = run.Options.MessageIds.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).Distinct().ToList();
            if (config.AppApiKey is null)
            {
                return wanted.Count == 0
                    ? CheckResult.Skipped(Id, $"{run.Options.Names.AppApiKey} is not set")
                    : new CheckResult(Id, CheckStatus.Warn,
                        $"{run.Options.Names.AppApiKey} is not set, so the message ids could not be verified",
                        $"Set {run.Options.Names.AppApiKey}{run.Options.Names.OrOption("--app-api-key")} to an App API key of this workspace.");
            }

            var outcome = await ProbeHttp.SendAsync(run, HttpMethod.Get, config.AppUri("/v1/transactional"), AppApiFindings.Bearer(config)).ConfigureAwait(false);
            if (outcome.StatusCode == 404)
            {
                return new CheckResult(Id, CheckStatus.Fail,
                    $"{outcome.Host} has no /v1/transactional (404)",
                    $"This is not the App API: check {run.Options.Names.AppUrl} (a base URL like https://api.customer.io, without /v1).");
            }

            if (!outcome.IsSuccess)
            {
                return AppApiFindings.Common(Id, outcome, run) ?? HttpFindings.Unexpected(Id, outcome);
            }

            var messages = outcome.BodyTruncated ? null : ReadMessages(outcome.Body);
            var accepted = $"App API key {SecretMask.Mask(config.AppApiKey)} accepted by {outcome.Host}";
            if (messages is null)
            {
                var why = outcome.BodyTruncated ? $"longer than the {BodyReadingHandler.MaxBodyBytes / 1024} KiB the probe reads" : "unreadable";
                return new CheckResult(Id, CheckStatus.Warn,
                    $"{accepted}, but the transactional message list was {why}",
                    $"The body was not the documented {{\"messages\":[...]}}; if {run.Options.Names.AppUrl} points to a proxy, check that it passes the body through.");
            }

            var summary = $"{accepted}; {messages.Count} transactional message{(messages.Count == 1 ? string.Empty : "s")}";
            var missing = wanted.Where(w => !messages.Any(m => m.Matches(w))).ToList();
            if (missing.Count > 0)
            {
                return new CheckResult(Id, CheckStatus.Fail,
                    $"{summary}; not found: {string.Join(", ", missing)}",
                    "Use the id or the trigger name shown under Transactional in this workspace; names are case-sensitive, and each workspace has its own messages.");
            }

            return new CheckResult(Id, CheckStatus.Ok,
                wanted.Count == 0 ? summary : $"{summary}; found {string.Join(", ", wanted)}");
        }

        private sealed record Message(string Id, string? Name, string? TriggerName)
        {
            public bool Matches(string wanted) =>
                wanted == Id || wanted == Name || wanted == TriggerName;
        }

        private static List<Message>? ReadMessages(string body)
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.ValueKind != JsonValueKind.Object
                    || !document.RootElement.TryGetProperty("messages", out var list)
                    || list.ValueKind != JsonValueKind.Array)
                {
                    return null;
                }

                return list.EnumerateArray()
                    .Where(m => m.ValueKind == JsonValueKind.Object)
                    .Select(m => new Message(Text(m, "id") ?? string.Empty, Text(m, "name"), Text(m, "trigger_name")))
                    .ToList();
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                return null;
            }
        }

        private static string? Text(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value)
                ? value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number => value.GetRawText(),
                    _ => null,
                }
                : null;
    }
}
