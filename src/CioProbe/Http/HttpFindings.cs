using System.Globalization;

namespace CioProbe.Http
{
    /// <summary>Findings for endings every check treats alike: no response, redirects, rate limits, server errors.</summary>
    internal static class HttpFindings
    {
        /// <summary>A result for <paramref name="outcome"/> when it is one of the common endings; otherwise null.</summary>
        public static CheckResult? Common(string checkId, HttpOutcome outcome, ProbeRun run, string urlVariable)
        {
            var host = outcome.Host;
            var timeout = Seconds(run.Options.RequestTimeout);
            return outcome.Failure switch
            {
                TransportFailure.Timeout => Fail(checkId,
                    $"No complete response from {host} within {timeout} s{Attempts(outcome)}",
                    $"Check that this network can reach {host} on port {outcome.Port} (firewall, proxy, HTTPS_PROXY); on a slow link raise {run.Options.Names.RequestTimeout}."),
                TransportFailure.Deadline => Fail(checkId,
                    $"The overall deadline of {Seconds(run.Options.Deadline)} s ran out before {host} answered",
                    $"Raise {run.Options.Names.Deadline}; the host was slow, unreachable or asked the probe to wait (Retry-After)."),
                TransportFailure.ConnectionRefused => Fail(checkId,
                    $"Connection to {host} refused{Attempts(outcome)}",
                    $"Nothing accepts connections there: check {urlVariable} or the proxy it points to; a firewall may also reject outbound connections."),
                TransportFailure.NameResolution => Fail(checkId,
                    $"Could not resolve the host name of {host}",
                    $"Check the host name (and {urlVariable} if set) and this machine's DNS or proxy settings."),
                TransportFailure.SecureConnection => Fail(checkId,
                    $"TLS handshake with {host} failed",
                    $"If {urlVariable} says https but the server there speaks plain http (or the port is an http port), fix the scheme or the port. Otherwise a TLS-intercepting proxy or an outdated certificate store is the usual cause: trust the proxy's certificate or bypass it for Customer.io."),
                TransportFailure.Network => Fail(checkId,
                    $"Network error talking to {host}{Attempts(outcome)}: {outcome.FailureDetail}",
                    $"Check this machine's connectivity to {host} (firewall, proxy, VPN) and retry."),
                TransportFailure.UnsendableCredential => Fail(checkId,
                    "The key holds characters an HTTP header cannot carry (a line break, a control character or a non-ASCII character); nothing was sent",
                    "Copy the key again in one piece, without line breaks; Customer.io keys are plain ASCII letters and digits, so a typographic quote or a non-breaking space came from an editor or a document."),
                _ => FromStatus(checkId, outcome, run, urlVariable),
            };
        }

        private static CheckResult? FromStatus(string checkId, HttpOutcome outcome, ProbeRun run, string urlVariable)
        {
            var host = outcome.Host;
            if (outcome.IsRedirect)
            {
                // Without a usable Location the finding says so; it never names a target the server did not give.
                var target = outcome.Location is null ? "without a usable Location header" : $"to {Display(outcome.Location)}";
                var region = CustomerIoRegion.OfHost(outcome.Location?.Host);
                var advice = region is null
                    ? $"Point {urlVariable} (or the region) at the host that answers directly, so credentials are never sent to a redirect target."
                    : $"The workspace is probably in the {region.ToUpperInvariant()} region: set {run.Options.Names.Region}={region} (hosts {CustomerIoRegion.TrackHost(region)} and {CustomerIoRegion.AppHost(region)}).";
                return Fail(checkId, $"{host} redirected ({outcome.StatusCode}) {target}; not followed, to keep credentials on the configured host", advice);
            }

            if (outcome.StatusCode == 429)
            {
                var wait = outcome.RetryAfter is not { } retryAfter
                    ? " without Retry-After (a daily quota is spent)"
                    : outcome.Stop == RetryStop.WaitPastDeadline
                        ? $"; it asked to wait {Seconds(retryAfter)} s, beyond the deadline"
                        : $"; it asked to wait {Seconds(retryAfter)} s";
                return Fail(checkId,
                    $"{host} is rate limiting (429){Attempts(outcome)}{wait}",
                    "Another process may be using the same workspace heavily (the App API allows about 10 requests/s per endpoint family); retry later or raise --deadline.");
            }

            if (outcome.IsServerError)
            {
                return Fail(checkId,
                    $"{host} answered {outcome.StatusCode}{Attempts(outcome)}{Detail(outcome)}",
                    "A Customer.io incident or a failing proxy: check status.customer.io, then retry later.");
            }

            return null;
        }

        /// <summary>The last resort for a status the check does not know.</summary>
        public static CheckResult Unexpected(string checkId, HttpOutcome outcome) =>
            Fail(checkId,
                $"Unexpected {outcome.StatusCode} from {outcome.Host}{Detail(outcome)}",
                "Compare with the Customer.io API reference; if a proxy sits in between, check what it returns.");

        public static string Detail(HttpOutcome outcome) => ErrorBody.Describe(outcome.Body) is { } text ? $": {text}" : string.Empty;

        public static string Display(Uri uri) => uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);

        public static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

        /// <summary>How many attempts there were and, when retries stopped early, why.</summary>
        private static string Attempts(HttpOutcome outcome)
        {
            var count = outcome.Attempts > 1 ? $" after {outcome.Attempts} attempts" : string.Empty;
            return outcome.LaterAttempt switch
            {
                TransportFailure.Timeout => $"{count} (the last one timed out; this was the answer before)",
                TransportFailure.Deadline => $"{count} (the deadline cut the last one short; this was the answer before)",
                _ when outcome.Stop == RetryStop.WaitPastDeadline && outcome.StatusCode != 429 =>
                    $"{count} (the next retry would have waited past the deadline)",
                _ => count,
            };
        }

        private static CheckResult Fail(string checkId, string message, string advice) => new(checkId, CheckStatus.Fail, message, advice);
    }
}
