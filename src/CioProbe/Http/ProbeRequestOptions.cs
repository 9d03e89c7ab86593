namespace CioProbe.Http
{
    /// <summary>Per-request values the resilience pipeline and the handlers under it read and write.</summary>
    internal static class ProbeRequestOptions
    {
        /// <summary>When the whole run must be over: no retry wait that would end after it is started.</summary>
        public static readonly HttpRequestOptionsKey<DateTimeOffset> Deadline = new("CioProbe.Deadline");

        /// <summary>What the attempts of one logical request produced.</summary>
        public static readonly HttpRequestOptionsKey<AttemptLog> Attempts = new("CioProbe.Attempts");
    }

    /// <summary>Why the retries of a request stopped although its answer was retryable.</summary>
    internal enum RetryStop
    {
        None,
        /// <summary>All <c>--retries</c> were used.</summary>
        RetriesExhausted,
        /// <summary>The next wait (Retry-After or backoff) would have ended after the deadline.</summary>
        WaitPastDeadline,
    }

    /// <summary>A response read in full (up to the cap) within one attempt.</summary>
    internal sealed record Answer(int StatusCode, string Body, bool BodyTruncated, Uri? Location, TimeSpan? RetryAfter);

    /// <summary>The attempts of one logical request, carried on the request; attempts run one after another.</summary>
    internal sealed class AttemptLog
    {
        private int count;

        /// <summary>Attempts started, so a report can say "after 4 attempts".</summary>
        public int Count => Volatile.Read(ref count);

        /// <summary>The last answer that arrived, kept so an attempt cut short later does not hide it.</summary>
        public Answer? LastAnswer { get; set; }

        public RetryStop Stop { get; set; }

        /// <summary>The wait that was not started, with <see cref="RetryStop.WaitPastDeadline"/>.</summary>
        public TimeSpan? RefusedWait { get; set; }

        public void Increment() => Interlocked.Increment(ref count);
    }

    /// <summary>Sits under the retry handler, so it sees every attempt.</summary>
    internal sealed class AttemptCountingHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Options.TryGetValue(ProbeRequestOptions.Attempts, out var log))
            {
                log.Increment();
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
