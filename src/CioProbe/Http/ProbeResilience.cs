using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace CioProbe.Http;

/// <summary>Retries (429 after its Retry-After, 5xx, transient network errors) and the per-attempt timeout.</summary>
internal static class ProbeResilience
{
    public static ResiliencePipeline<HttpResponseMessage> Build(CustomerIoProbeOptions options)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (options.MaxRetries > 0)
        {
            var retry = new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
            };

            // The test-event writes are not idempotent: never send them twice.
            retry.DisableForUnsafeHttpMethods();
            builder.AddRetry(retry);
        }

        // Added after the retry, so it bounds each attempt rather than the whole sequence.
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.RequestTimeout });
        return builder.Build();
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome)
    {
        switch (outcome.Exception)
        {
            case TimeoutRejectedException:
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

        var response = outcome.Result;
        if (response is null)
        {
            return false;
        }

        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            // Without Retry-After the daily quota is spent: waiting will not help.
            return RetryAfter(response) is { } wait && FitsBeforeDeadline(response, wait);
        }

        if (status >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout)
        {
            return RetryAfter(response) is not { } wait || FitsBeforeDeadline(response, wait);
        }

        return false;
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

    private static bool FitsBeforeDeadline(HttpResponseMessage response, TimeSpan wait) =>
        response.RequestMessage is null
        || !response.RequestMessage.Options.TryGetValue(ProbeRequestOptions.Deadline, out var deadline)
        || DateTimeOffset.UtcNow + wait < deadline;
}
