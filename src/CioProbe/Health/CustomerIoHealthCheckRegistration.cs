using CioProbe.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace CioProbe.Health;

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
        services.AddSingleton<IValidateOptions<CustomerIoProbeOptions>>(new CustomerIoProbeOptionsValidator(name, Environment.GetEnvironmentVariable));

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
            ProbeResilience.Configure(pipeline, context.GetOptions<CustomerIoProbeOptions>(name));
        });
        client
            .AddHttpMessageHandler(() => new AttemptCountingHandler())
            .AddHttpMessageHandler(() => new BodyReadingHandler());

        return builder.Add(new HealthCheckRegistration(
            name,
            provider => new CustomerIoHealthCheck(name, provider.GetRequiredService<IOptionsMonitor<CustomerIoProbeOptions>>(), provider.GetRequiredService<IHttpClientFactory>()),
            failureStatus,
            tags,
            timeout));
    }
}
