using System.Diagnostics;
using CioProbe.Checks;
using CioProbe.Checks.Config;
using CioProbe.Http;
using CioProbe.Reporting;
using CioProbe.Secrets;

namespace CioProbe
{
    /// <summary>Runs the Customer.io checks and returns a structured report. Never throws for what Customer.io or the network does.</summary>
    public static class CustomerIoProbe
    {
        /// <summary>
        /// Runs <c>config</c>, then the read-only checks concurrently, then <c>test-event</c> when requested.
        /// The report holds masks, never keys.
        /// </summary>
        /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled.</exception>
        public static Task<ProbeReport> RunAsync(CustomerIoProbeOptions options, CancellationToken cancellationToken = default) =>
            RunCoreAsync(options, null, null, cancellationToken);

        /// <summary>
        /// As <see cref="RunAsync(CustomerIoProbeOptions, CancellationToken)"/>, and reports each check's result to
        /// <paramref name="progress"/> as soon as it is known (in completion order; masks only, as in the report).
        /// </summary>
        /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled.</exception>
        public static Task<ProbeReport> RunAsync(CustomerIoProbeOptions options, IProgress<CheckResult>? progress, CancellationToken cancellationToken = default) =>
            RunCoreAsync(options, null, progress, cancellationToken);

        /// <summary>
        /// Runs the checks as <see cref="RunAsync(CustomerIoProbeOptions, CancellationToken)"/> does, sending every request
        /// through <paramref name="client"/> (one from <c>IHttpClientFactory</c>, say) instead of a client of its own.
        /// The client's handlers then own retries and per-attempt timeouts; <see cref="CustomerIoProbeOptions.Deadline"/>
        /// still bounds the run. It should not follow redirects: the probe reports them, and a redirect to the other
        /// region's host is how a wrong region shows.
        /// </summary>
        /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled.</exception>
        public static Task<ProbeReport> RunAsync(CustomerIoProbeOptions options, HttpClient client, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(client);
            return RunCoreAsync(options, client, null, cancellationToken);
        }

        private static async Task<ProbeReport> RunCoreAsync(CustomerIoProbeOptions options, HttpClient? client, IProgress<CheckResult>? progress, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(options);
            var stopwatch = Stopwatch.StartNew();
            var safe = new SafeText(SecretRedactor.For(options));
            var results = new ReportedResults(safe, progress);

            var config = ConfigCheck.Run(options);
            results.Add(config.Result);

            TimeSpan? retryAfter = null;
            if (config.Configuration is null)
            {
                foreach (var id in CheckIds.All.Skip(1))
                {
                    results.Add(CheckResult.Skipped(id, "Needs a valid configuration"));
                }
            }
            else
            {
                retryAfter = await RunLiveChecksAsync(options, config.Configuration, client, results, cancellationToken).ConfigureAwait(false);
            }

            var checks = CheckIds.All.Select(results.Get).ToList();
            return new ProbeReport(checks, config.IsConfigurationError, config.Region, safe.OfOrNull(config.TrackUrl), safe.OfOrNull(config.AppUrl), stopwatch.Elapsed)
            {
                RetryAfter = retryAfter,
            };
        }

        // Returns the longest Retry-After an answer gave.
        private static async Task<TimeSpan?> RunLiveChecksAsync(CustomerIoProbeOptions options, ResolvedConfiguration configuration, HttpClient? client, ReportedResults results, CancellationToken cancellationToken)
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(options.Deadline);
            using var own = client is null ? ProbeHttpClient.Create(options) : null;
            var run = new ProbeRun(options, configuration, client ?? own!, DateTimeOffset.UtcNow + options.Deadline, deadline.Token, cancellationToken);

            // The read-only checks are independent: run them side by side, each reported as it ends.
            var track = results.AddWhenDone(
                Guard(TrackChecks.RunAsync(run), e => (Crashed(CheckIds.TrackCredentials, e), Crashed(CheckIds.Region, e))),
                pair => [pair.Item1, pair.Item2]);
            var app = results.AddWhenDone(Guard(AppCredentialsCheck.RunAsync(run), e => Crashed(CheckIds.AppCredentials, e)), r => [r]);
            var customer = string.IsNullOrWhiteSpace(options.Customer)
                ? Task.FromResult(results.Add(CheckResult.Skipped(CheckIds.Customer, "Not requested (--customer)")))
                : results.AddWhenDone(Guard(CustomerCheck.RunAsync(run, options.Customer.Trim()), e => Crashed(CheckIds.Customer, e)), r => [r]);
            await Task.WhenAll(track, app, customer).ConfigureAwait(false);

            var (credentials, region) = await track.ConfigureAwait(false);
            results.Add(string.IsNullOrWhiteSpace(options.TestEventCustomer)
                ? CheckResult.Skipped(CheckIds.TestEvent, "Not requested (--send-test-event); the probe writes nothing without it")
                : credentials.Status != CheckStatus.Ok || region.Status == CheckStatus.Fail
                    ? CheckResult.Skipped(CheckIds.TestEvent, "Not sent: fix track-credentials and region first")
                    : await Guard(TestEventCheck.RunAsync(run, options.TestEventCustomer.Trim()), e => Crashed(CheckIds.TestEvent, e)).ConfigureAwait(false));
            return run.RetryAfter;
        }

        // A defect in a check becomes that check's failure, not a crash of the run; only the caller's cancellation escapes.
        private static async Task<T> Guard<T>(Task<T> check, Func<Exception, T> onError)
        {
            try
            {
                return await check.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return onError(ex);
            }
        }

        // The exception's type only: its message could echo request details.
        private static CheckResult Crashed(string id, Exception ex) =>
            new(id, CheckStatus.Fail, $"The check stopped on an unexpected {ex.GetType().Name}", "This is a defect in cio-probe; run again, and report it with the JSON output if it persists.");
    }
}
