using System.Globalization;
using System.Text.Json;
using CioProbe.Http;

namespace CioProbe.Checks
{
    /// <summary><c>test-event</c>: identifies a test customer and tracks one <c>cio_probe_test</c> event. The only check that writes.</summary>
    internal static class TestEventCheck
    {
        private const string Id = CheckIds.TestEvent;
        public const string EventName = "cio_probe_test";

        public static async Task<CheckResult> RunAsync(ProbeRun run, string customer)
        {
            var config = run.Configuration;
            if (PathSegment.Problem(customer) is { } problem)
            {
                return new CheckResult(Id, CheckStatus.Fail,
                    $"Not sent to '{customer}': {problem}; nothing was written",
                    "Pass the id of a test customer (the identifier used in PUT /api/v1/customers/{identifier}).");
            }

            var path = $"/api/v1/customers/{PathSegment.Escape(customer)}";
            var auth = TrackChecks.BasicAuth(config);
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

            var identify = await ProbeHttp.SendAsync(run, HttpMethod.Put, config.TrackUri(path), auth, $"{{\"cio_probe_tested_at\":{now}}}").ConfigureAwait(false);
            if (!identify.IsSuccess)
            {
                return Failed("identify", identify, run);
            }

            var eventBody = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["name"] = EventName,
                ["data"] = new Dictionary<string, string> { ["source"] = "cio-probe" },
            });
            var track = await ProbeHttp.SendAsync(run, HttpMethod.Post, config.TrackUri(path + "/events"), auth, eventBody).ConfigureAwait(false);
            if (!track.IsSuccess)
            {
                return Failed($"identify {identify.StatusCode}, event", track, run);
            }

            return new CheckResult(Id, CheckStatus.Ok,
                $"Identified '{customer}' ({identify.StatusCode}) and tracked {EventName} ({track.StatusCode})",
                $"Look for the {EventName} event in the customer's activity log in the workspace.");
        }

        private static CheckResult Failed(string step, HttpOutcome outcome, ProbeRun run)
        {
            var common = outcome.StatusCode is 401 or 403 or 404 ? null : HttpFindings.Common(Id, outcome, run, run.Options.Names.TrackUrl);
            if (common is not null)
            {
                return common with { Message = $"{step}: {common.Message}" };
            }

            return new CheckResult(Id, CheckStatus.Fail,
                $"{step}: {outcome.Host} answered {outcome.StatusCode}{HttpFindings.Detail(outcome)}",
                outcome.StatusCode == 400
                    ? "Customer.io rejected the request: check the identifier (empty, too long, or an email where emails are not identifiers)."
                    : "The credentials passed the read-only check but the write was refused: check the Track API key's permissions.");
        }
    }
}
