using System.Text.Json;
using CioProbe.Configuration;
using CioProbe.Http;
using CioProbe.Secrets;

namespace CioProbe.Checks
{
    /// <summary><c>track-credentials</c> and <c>region</c>: both read from one <c>GET /api/v1/accounts/region</c>.</summary>
    internal static class TrackChecks
    {
        public static async Task<(CheckResult Credentials, CheckResult Region)> RunAsync(ProbeRun run)
        {
            var config = run.Configuration;
            var outcome = await ProbeHttp.SendAsync(run, HttpMethod.Get, config.TrackUri("/api/v1/accounts/region"), BasicAuth(config)).ConfigureAwait(false);

            if (outcome.IsSuccess)
            {
                var credentials = new CheckResult(CheckIds.TrackCredentials, CheckStatus.Ok,
                    $"Site id {SecretMask.Mask(config.SiteId)} and Track API key {SecretMask.Mask(config.TrackApiKey)} accepted by {outcome.Host}");
                return (credentials, Region(outcome, config, run.Options.Names));
            }

            var failed = Credentials(outcome, run);
            var region = outcome.IsRedirect && CustomerIoRegion.OfHost(outcome.Location?.Host) is { } redirectedTo && redirectedTo != config.Region
                ? RegionMismatch(redirectedTo, null, config.Region, run.Options.Names, $"{outcome.Host} redirected to {redirectedTo.ToUpperInvariant()}")
                : CheckResult.Skipped(CheckIds.Region, "Needs the Track API to accept the credentials");
            return (failed, region);
        }

        internal static Credential BasicAuth(ResolvedConfiguration config) =>
            Credential.Basic(config.SiteId, config.TrackApiKey);

        private static CheckResult Credentials(HttpOutcome outcome, ProbeRun run)
        {
            const string id = CheckIds.TrackCredentials;
            var config = run.Configuration;
            switch (outcome.StatusCode)
            {
                case 401:
                    var appShaped = CredentialText.IsAppShaped(config.TrackApiKey)
                        ? $" The value in {run.Options.Names.TrackApiKey} looks like an App API key. {AnalyzerRules.AppKeyAsTrackKey}"
                        : string.Empty;
                    return new CheckResult(id, CheckStatus.Fail,
                        $"{outcome.Host} rejected the site id and Track API key (401)",
                        $"The site id or the Track API key is wrong, or an App API key was used where the Track key belongs.{appShaped} Copy both from Settings > Workspace Settings > API Credentials (they are a pair: the key must belong to that site id).");
                case 403:
                    return new CheckResult(id, CheckStatus.Fail,
                        $"{outcome.Host} refused the Track API key (403){HttpFindings.Detail(outcome)}",
                        "The credentials are known but not allowed: the key may be revoked or restricted, or the account suspended. Create a new Track API key for this workspace, or ask a workspace admin.");
                case 404:
                    return new CheckResult(id, CheckStatus.Fail,
                        $"{outcome.Host} has no /api/v1/accounts/region (404)",
                        $"This is not the Track API: check {run.Options.Names.TrackUrl} (a base URL like https://track.customer.io, without /api/v1) or the proxy it points to.");
            }

            return HttpFindings.Common(id, outcome, run, run.Options.Names.TrackUrl) ?? HttpFindings.Unexpected(id, outcome);
        }

        private static CheckResult Region(HttpOutcome outcome, ResolvedConfiguration config, SettingNames names)
        {
            const string id = CheckIds.Region;
            if (outcome.BodyTruncated)
            {
                return Unreadable(outcome, names, $"longer than the {BodyReadingHandler.MaxBodyBytes / 1024} KiB the probe reads");
            }

            string? region;
            string? url;
            long? environmentId;
            string? missing;
            try
            {
                using var document = JsonDocument.Parse(outcome.Body);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    return Unreadable(outcome, names, "not a JSON object");
                }

                region = root.TryGetProperty("region", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()?.ToLowerInvariant() : null;
                missing = r.ValueKind switch
                {
                    JsonValueKind.Undefined => "no region field",
                    JsonValueKind.String => null,
                    var kind => $"a region field that is {(kind == JsonValueKind.Array || kind == JsonValueKind.Object ? "an" : "a")} {kind.ToString().ToLowerInvariant()}, not a string",
                };
                url = root.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
                environmentId = root.TryGetProperty("environment_id", out var e) && e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var n) ? n : null;
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                // InvalidOperationException: a string escape that is not valid UTF-16.
                return Unreadable(outcome, names, "not valid JSON");
            }

            if (region is not (CustomerIoRegion.Us or CustomerIoRegion.Eu))
            {
                return Unreadable(outcome, names, missing ?? "an unknown region");
            }

            var environment = environmentId is null ? string.Empty : $", environment id {environmentId}";
            if (region != config.Region)
            {
                return RegionMismatch(region, url, config.Region, names, $"The workspace is in the {region.ToUpperInvariant()} region{environment}");
            }

            return new CheckResult(id, CheckStatus.Ok, $"Workspace region {region}{environment}, as configured");
        }

        private static CheckResult RegionMismatch(string actual, string? trackUrlFromServer, string configured, SettingNames names, string finding)
        {
            var trackHost = trackUrlFromServer is not null && Uri.TryCreate(trackUrlFromServer, UriKind.Absolute, out var u) && CustomerIoRegion.OfHost(u.Host) == actual
                ? UrlDisplay.Of(u)!
                : CustomerIoRegion.TrackHost(actual);
            return new CheckResult(CheckIds.Region, CheckStatus.Fail,
                $"{finding}, but the probe is configured for {configured.ToUpperInvariant()}",
                $"Set {names.Region}={actual} and call {trackHost} for the Track API and {CustomerIoRegion.AppHost(actual)} for the App API.");
        }

        private static CheckResult Unreadable(HttpOutcome outcome, SettingNames names, string why) =>
            new(CheckIds.Region, CheckStatus.Warn,
                $"Could not read the region from {outcome.Host}'s answer ({why})",
                $"The credentials were accepted, but the body was not the documented {{\"url\":...,\"region\":...,\"environment_id\":...}}; if {names.TrackUrl} points to a proxy, check that it passes the body through.");
    }
}
