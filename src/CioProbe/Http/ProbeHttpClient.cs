using Microsoft.Extensions.Http.Resilience;

namespace CioProbe.Http
{
    /// <summary>Builds the probe's HttpClient: redirects off, cookies off, resilience on, bodies read within the attempt.</summary>
    internal static class ProbeHttpClient
    {
        public static HttpClient Create(CustomerIoProbeOptions options)
        {
            var handler = new ResilienceHandler(ProbeResilience.Build(options))
            {
                InnerHandler = new AttemptCountingHandler { InnerHandler = new BodyReadingHandler { InnerHandler = CreateTransport(options) } },
            };

            // The pipeline and the run's deadline own the timing.
            return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        }

        /// <summary>The primary handler, here and in the health check's named client.</summary>
        public static SocketsHttpHandler CreateTransport(CustomerIoProbeOptions options) => new()
        {
            // A redirect is a finding (usually the wrong region), and following it could carry credentials elsewhere.
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectTimeout = options.RequestTimeout,
        };
    }
}
