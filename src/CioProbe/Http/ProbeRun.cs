using CioProbe.Checks;

namespace CioProbe.Http
{
    /// <summary>Everything one run's checks share: configuration, client, deadline.</summary>
    internal sealed class ProbeRun
    {
        private readonly object retryAfterLock = new();
        private TimeSpan? retryAfter;

        public ProbeRun(CustomerIoProbeOptions options, ResolvedConfiguration configuration, HttpClient client, DateTimeOffset deadline, CancellationToken runToken, CancellationToken callerToken)
        {
            Options = options;
            Configuration = configuration;
            Client = client;
            Deadline = deadline;
            RunToken = runToken;
            CallerToken = callerToken;
        }

        public CustomerIoProbeOptions Options { get; }

        public ResolvedConfiguration Configuration { get; }

        public HttpClient Client { get; }

        public DateTimeOffset Deadline { get; }

        /// <summary>Cancelled at the deadline or by the caller.</summary>
        public CancellationToken RunToken { get; }

        /// <summary>Cancelled by the caller only: distinguishes "stop" from "out of time".</summary>
        public CancellationToken CallerToken { get; }

        /// <summary>The longest wait any answer of this run asked for (Retry-After), so a health check can honour it.</summary>
        public TimeSpan? RetryAfter
        {
            get
            {
                lock (retryAfterLock)
                {
                    return retryAfter;
                }
            }
        }

        public void NoteRetryAfter(TimeSpan? wait)
        {
            lock (retryAfterLock)
            {
                if (wait > TimeSpan.Zero && (retryAfter is null || wait > retryAfter))
                {
                    retryAfter = wait;
                }
            }
        }

        public string TrackHost => UrlDisplay.Of(Configuration.TrackBase)!;

        public string AppHost => UrlDisplay.Of(Configuration.AppBase)!;
    }
}
