using CioProbe.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace CioProbe.Health
{
    /// <summary>
    /// What every <c>AddCustomerIo</c> overload registers under the check's name: named options validated at start-up,
    /// a named HttpClient with the probe's handlers, and the check. Two registrations share nothing but the services.
    /// </summary>
    internal static class CustomerIoHealthCheckRegistration
    {
        public static string ClientName(string name) => "CioProbe.HealthCheck." + name;

        public static IHealthChecksBuilder Add(
            IHealthChecksBuilder builder,
            string? name,
            HealthStatus? failureStatus,
            IEnumerable<string>? tags,
            TimeSpan? timeout,
            Action<OptionsBuilder<CustomerIoProbeOptions>> configure)
        {
            ArgumentNullException.ThrowIfNull(builder);
            name ??= CustomerIoHealthCheck.DefaultName;
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("A health check name must not be empty.", nameof(name));
            }

            var services = builder.Services;
            var options = services.AddOptions<CustomerIoProbeOptions>(name);
            configure(options);
            options.ValidateOnStart();
            services.TryAddSingleton<ProcessEnvironment>();
            services.AddSingleton<IValidateOptions<CustomerIoProbeOptions>>(provider => new CustomerIoProbeOptionsValidator(name, provider.GetRequiredService<ProcessEnvironment>().Lookup));

            // Handlers in the order of the probe's own client: resilience, then attempt counting, then the body read within the attempt.
            var client = services.AddHttpClient(ClientName(name))
                // The resilience pipeline and the run's deadline own the timing.
                .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
                .ConfigurePrimaryHttpMessageHandler(provider => ProbeHttpClient.CreateTransport(provider.GetRequiredService<IOptionsMonitor<CustomerIoProbeOptions>>().Get(name)))
                // The factory's logging must never show the Authorization header, whatever the log level.
                .RedactLoggedHeaders(_ => true);
            client.AddResilienceHandler("probe", (pipeline, context) =>
            {
                context.EnableReloads<CustomerIoProbeOptions>(name);
                ProbeResilience.Configure(pipeline, CustomerIoHealthCheck.ForClient(context.GetOptions<CustomerIoProbeOptions>(name)));
            });
            client
                .AddHttpMessageHandler(() => new AttemptCountingHandler())
                .AddHttpMessageHandler(() => new BodyReadingHandler())
                .ConfigureAdditionalHttpMessageHandlers((handlers, _) => KeepOnlyTheProbesResilience(handlers));

            // The health check service creates a check per run: the cache outlives them, one per registration.
            var cache = new HealthResultCache(TimeProvider.System);
            return builder.Add(new HealthCheckRegistration(
                name,
                provider => new CustomerIoHealthCheck(name, provider.GetRequiredService<IOptionsMonitor<CustomerIoProbeOptions>>(), provider.GetRequiredService<IHttpClientFactory>(), cache),
                failureStatus,
                tags,
                timeout));
        }

        // Exactly one retry policy, the probe's (the resilience handler just before its attempt counter): an app's
        // ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler()), as Aspire's service defaults do, reaches this
        // client too, and its retries and timeouts would multiply the calls to Customer.io. (RemoveAllResilienceHandlers
        // would do this, but is experimental: a later package version could remove it under a running app.)
        private static void KeepOnlyTheProbesResilience(IList<DelegatingHandler> handlers)
        {
            for (var i = handlers.Count - 1; i >= 0; i--)
            {
                if (handlers[i] is ResilienceHandler && !(i + 1 < handlers.Count && handlers[i + 1] is AttemptCountingHandler))
                {
                    handlers.RemoveAt(i);
                }
            }
        }
    }
}
