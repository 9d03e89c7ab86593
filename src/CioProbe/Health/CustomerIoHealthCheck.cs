using CioProbe.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CioProbe.Health
{
    /// <summary>
    /// Runs the probe's read-only checks (config, credentials, region); never looks up customers or writes. Results are
    /// cached (<see cref="CustomerIoProbeOptions.HealthyCacheDuration"/>, <see cref="CustomerIoProbeOptions.UnhealthyCacheDuration"/>,
    /// and any Retry-After) and concurrent requests share one run, so polling never multiplies the calls to Customer.io.
    /// </summary>
    public sealed class CustomerIoHealthCheck : IHealthCheck
    {
        /// <summary>The name a registration gets when it is given none.</summary>
        public const string DefaultName = "customerio";

        private readonly Func<CustomerIoProbeOptions> options;
        private readonly Func<HttpClient> client;
        private readonly HealthResultCache cache;

        /// <summary>
        /// Creates the health check with a client of its own, created once. The options are copied, and
        /// <c>Customer</c>, <c>TestEventCustomer</c> and <c>MaxRetries</c> are ignored. <c>AddCustomerIo</c> registrations use the
        /// application's <c>IHttpClientFactory</c> instead.
        /// </summary>
        public CustomerIoHealthCheck(CustomerIoProbeOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var copy = ReadOnly(options);
            var client = new Lazy<HttpClient>(() => ProbeHttpClient.Create(copy));
            this.options = () => copy;
            this.client = () => client.Value;
            this.cache = new HealthResultCache(TimeProvider.System);
        }

        /// <summary>The check of one registration: its named options, read at each run, its named client, and its cache, shared by every instance.</summary>
        internal CustomerIoHealthCheck(string name, IOptionsMonitor<CustomerIoProbeOptions> options, IHttpClientFactory clients, HealthResultCache cache)
        {
            this.options = () => options.Get(name);
            this.client = () => clients.CreateClient(CustomerIoHealthCheckRegistration.ClientName(name));
            this.cache = cache;
        }

        /// <inheritdoc />
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(context);
            CustomerIoProbeOptions settings;
            try
            {
                settings = this.options();
            }
            catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException)
            {
                // Settings reloaded since start-up that no longer pass validation; the messages name settings, never values.
                return new HealthCheckResult(context.Registration.FailureStatus, ex.Message);
            }

            // The shared run is not the caller's: one request giving up must not cancel it for the others. Its deadline bounds it.
            var failureStatus = context.Registration.FailureStatus;
            var shared = this.cache.GetAsync(settings, () => RunAsync(ReadOnly(settings), failureStatus));
            return await shared.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Options for the health check's own HTTP client: no retries, since the cache decides when to call again.</summary>
        internal static CustomerIoProbeOptions ForClient(CustomerIoProbeOptions options)
        {
            var copy = options.Clone();
            copy.MaxRetries = 0;
            return copy;
        }

        private async Task<(HealthCheckResult, TimeSpan, TimeSpan?)> RunAsync(CustomerIoProbeOptions options, HealthStatus failureStatus)
        {
            var report = await CustomerIoProbe.RunAsync(options, this.client(), CancellationToken.None).ConfigureAwait(false);
            var result = Result(report, failureStatus);
            var lifetime = result.Status == failureStatus && failureStatus != HealthStatus.Healthy ? options.UnhealthyCacheDuration : options.HealthyCacheDuration;
            return (result, lifetime, report.RetryAfter);
        }

        private static HealthCheckResult Result(ProbeReport report, HealthStatus failureStatus)
        {
            var data = report.Checks.ToDictionary(c => c.Id, c => (object)c.Status.ToString().ToLowerInvariant());
            var failed = report.Checks.FirstOrDefault(c => c.Status == CheckStatus.Fail);
            if (failed is not null)
            {
                return new HealthCheckResult(failureStatus, Describe(failed), data: data);
            }

            var warned = report.Checks.FirstOrDefault(c => c.Status == CheckStatus.Warn);
            return warned is not null
                ? HealthCheckResult.Degraded(Describe(warned), data: data)
                : HealthCheckResult.Healthy($"Customer.io reachable; credentials accepted; region {report.Region}", data);
        }

        // A health check only reads, and only once per run: whatever asks for a customer lookup, a write or retries is dropped from its copy.
        private static CustomerIoProbeOptions ReadOnly(CustomerIoProbeOptions options)
        {
            var copy = ForClient(options);
            copy.Customer = null;
            copy.TestEventCustomer = null;
            return copy;
        }

        private static string Describe(CheckResult check) =>
            check.Advice is null ? $"{check.Id}: {check.Message}" : $"{check.Id}: {check.Message}. {check.Advice}";
    }
}
