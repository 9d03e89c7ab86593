using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CioProbe.Health
{
    /// <summary>
    /// One registration's last result and its run in progress. Every health request within a result's lifetime gets that
    /// result, and concurrent requests share one run: however often <c>/health</c> is polled, Customer.io sees at most
    /// one run (one request per endpoint) per lifetime, and none before a <c>Retry-After</c> it gave has passed.
    /// </summary>
    internal sealed class HealthResultCache
    {
        // A Retry-After beyond this is a broken proxy more likely than a plan: the check tries again after an hour at most.
        private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromHours(1);

        private readonly object gate = new();
        private readonly TimeProvider time;
        private Entry? last;
        private (object Settings, Task<HealthCheckResult> Run)? running;

        public HealthResultCache(TimeProvider time) => this.time = time;

        /// <summary>
        /// The cached result for <paramref name="settings"/> (compared by reference: reloaded settings are new settings, and
        /// run at once), the run in progress for them, or a new run of <paramref name="run"/>.
        /// </summary>
        public Task<HealthCheckResult> GetAsync(object settings, Func<Task<(HealthCheckResult Result, TimeSpan Lifetime, TimeSpan? RetryAfter)>> run)
        {
            lock (gate)
            {
                if (this.last is { } last && ReferenceEquals(last.Settings, settings) && this.time.GetUtcNow() < last.Until)
                {
                    return Task.FromResult(last.Result);
                }

                if (this.running is { } running && ReferenceEquals(running.Settings, settings))
                {
                    return running.Run;
                }

                var task = RunAndKeepAsync(settings, run);
                // A run that finished synchronously has already stored its result and cleared nothing.
                if (!task.IsCompleted)
                {
                    this.running = (settings, task);
                }

                return task;
            }
        }

        private async Task<HealthCheckResult> RunAndKeepAsync(object settings, Func<Task<(HealthCheckResult Result, TimeSpan Lifetime, TimeSpan? RetryAfter)>> run)
        {
            try
            {
                var (result, lifetime, retryAfter) = await run().ConfigureAwait(false);
                var wait = retryAfter is { } r ? (r > LongestRetryAfter ? LongestRetryAfter : r) : TimeSpan.Zero;
                lock (gate)
                {
                    this.last = new Entry(settings, result, this.time.GetUtcNow() + (wait > lifetime ? wait : lifetime));
                }

                return result;
            }
            finally
            {
                lock (gate)
                {
                    if (this.running is { } running && ReferenceEquals(running.Settings, settings))
                    {
                        this.running = null;
                    }
                }
            }
        }

        private sealed record Entry(object Settings, HealthCheckResult Result, DateTimeOffset Until);
    }
}
