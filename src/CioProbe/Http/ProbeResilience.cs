using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace CioProbe.Http
{
    /// <summary>
    /// Retries (429 after its Retry-After, 5xx, 408, transient network errors) and the per-attempt timeout.
    /// The probe plans each wait itself, so that no wait starts that would end after the deadline.
    /// </summary>
    internal static class ProbeResilience
    {
        private static readonly ResiliencePropertyKey<TimeSpan> PlannedWait = new("CioProbe.PlannedWait");

        public static ResiliencePipeline<HttpResponseMessage> Build(CustomerIoProbeOptions options) =>
            Configure(new ResiliencePipelineBuilder<HttpResponseMessage>(), options).Build();

        /// <summary>Adds the probe's strategies to <paramref name="builder"/>: here, and in the health check's named client.</summary>
        public static ResiliencePipelineBuilder<HttpResponseMessage> Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, CustomerIoProbeOptions options)
        {
            if (options.MaxRetries > 0)
            {
                var retry = new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetries,
                    ShouldRetryAfterHeader = false,
                    ShouldHandle = args => ValueTask.FromResult(PlanRetry(args, options)),
                    DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(args.Context.Properties.GetValue(PlannedWait, TimeSpan.Zero)),
                };

                // The test-event writes are not idempotent: never send them twice.
                retry.DisableForUnsafeHttpMethods();
                builder.AddRetry(retry);
            }

            // Added after the retry, so it bounds each attempt (the body included, see BodyReadingHandler) rather than the whole sequence.
            builder.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.RequestTimeout });
            return builder;
        }

        /// <summary>The first backoff wait is the base delay; each later one doubles, jittered by up to a quarter either way.</summary>
        internal static TimeSpan Backoff(TimeSpan baseDelay, int attempt) =>
            TimeSpan.FromTicks((long)(baseDelay.Ticks * Math.Pow(2, attempt) * (0.75 + (Random.Shared.NextDouble() * 0.5))));

        private static bool PlanRetry(RetryPredicateArguments<HttpResponseMessage> args, CustomerIoProbeOptions options)
        {
            if (!ShouldRetry(args.Outcome))
            {
                return false;
            }

            var request = args.Context.GetRequestMessage();
            var log = request is not null && request.Options.TryGetValue(ProbeRequestOptions.Attempts, out var l) ? l : null;
            if (args.AttemptNumber >= options.MaxRetries)
            {
                log?.Stop = RetryStop.RetriesExhausted;
                return false;
            }

            var wait = args.Outcome.Result is { } response && RetryAfter(response) is { } retryAfter
                ? (retryAfter < TimeSpan.Zero ? TimeSpan.Zero : retryAfter)
                : Backoff(options.RetryBaseDelay, args.AttemptNumber);
            if (request is not null && request.Options.TryGetValue(ProbeRequestOptions.Deadline, out var deadline) && wait >= deadline - DateTimeOffset.UtcNow)
            {
                log?.Stop = RetryStop.WaitPastDeadline;
                log?.RefusedWait = wait;
                return false;
            }

            args.Context.Properties.Set(PlannedWait, wait);
            return true;
        }

        internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome)
        {
            switch (outcome.Exception)
            {
                case Polly.Timeout.TimeoutRejectedException:
                    // A slow host is reported at once; retrying would only multiply the wait.
                    return false;
                case HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError or HttpRequestError.NameResolutionError }:
                    // A certificate or a host name does not fix itself within seconds.
                    return false;
                case HttpRequestException:
                    return true;
                case not null:
                    return false;
            }

            if (outcome.Result is not { } response)
            {
                return false;
            }

            // Without Retry-After a 429 means the daily quota is spent: waiting will not help.
            return response.StatusCode == HttpStatusCode.TooManyRequests
                ? RetryAfter(response) is not null
                : (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout;
        }

        internal static TimeSpan? RetryAfter(HttpResponseMessage response)
        {
            var header = response.Headers.RetryAfter;
            if (header?.Delta is { } delta)
            {
                return delta;
            }

            return header?.Date is { } date ? date - DateTimeOffset.UtcNow : null;
        }
    }
}
