using CioProbe.Http;
using CioProbe.Secrets;

namespace CioProbe.Checks
{
    /// <summary>Findings shared by the checks that call the App API.</summary>
    internal static class AppApiFindings
    {
        /// <summary>For a non-success answer: 401, 403, region mismatch and the common endings; null for anything the calling check handles itself.</summary>
        public static CheckResult? Common(string checkId, HttpOutcome outcome, ProbeRun run)
        {
            var configured = run.Configuration.Region;
            var other = CustomerIoRegion.Other(configured);
            if (ErrorBody.SaysWrongDatacenter(outcome.Body) || (outcome.IsRedirect && CustomerIoRegion.OfHost(outcome.Location?.Host) == other))
            {
                return new CheckResult(checkId, CheckStatus.Fail,
                    $"{outcome.Host} answered {outcome.StatusCode} \"wrong datacenter\": the workspace is not in the {configured.ToUpperInvariant()} region",
                    $"Set {run.Options.Names.Region}={other} and call {CustomerIoRegion.AppHost(other)} for the App API (and {CustomerIoRegion.TrackHost(other)} for the Track API).");
            }

            switch (outcome.StatusCode)
            {
                case 401:
                    var trackShaped = CredentialText.IsTrackShaped(run.Configuration.AppApiKey ?? string.Empty)
                        ? $" The value in {run.Options.Names.AppApiKey} looks like a Track API key or site id. {AnalyzerRules.TrackKeyAsAppKey}"
                        : string.Empty;
                    return new CheckResult(checkId, CheckStatus.Fail,
                        $"{outcome.Host} rejected the App API key (401)",
                        $"The App API key is invalid or revoked, it restricts calls to IP addresses that exclude this machine, or the workspace is in the other region ({CustomerIoRegion.AppHost(other)}). A Track API key does not work here: create or copy an App API key under Settings > Account Settings > API Credentials.{trackShaped}");
                case 403:
                    return new CheckResult(checkId, CheckStatus.Fail,
                        $"{outcome.Host} refused the App API key (403){HttpFindings.Detail(outcome)}",
                        "The key is valid but not allowed to do this: check its workspace and permissions, or whether the account is verified.");
            }

            return HttpFindings.Common(checkId, outcome, run, run.Options.Names.AppUrl);
        }

        public static Credential Bearer(ResolvedConfiguration config) =>
            Credential.Bearer(config.AppApiKey ?? string.Empty);
    }
}
