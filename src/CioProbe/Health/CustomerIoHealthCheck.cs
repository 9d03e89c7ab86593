using CioProbe.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CioProbe.Health;

/// <summary>Runs the probe's read-only checks (config, credentials, region); never looks up customers or writes.</summary>
public sealed class CustomerIoHealthCheck : IHealthCheck
{
    /// <summary>The name a registration gets when it is given none.</summary>
    public const string DefaultName = "customerio";

    private readonly Func<CustomerIoProbeOptions> _options;
    private readonly Func<HttpClient> _client;

    /// <summary>
    /// Creates the health check with a client of its own, created once. The options are copied, and
    /// <c>Customer</c> and <c>TestEventCustomer</c> are ignored. <c>AddCustomerIo</c> registrations use the
    /// application's <c>IHttpClientFactory</c> instead.
    /// </summary>
    public CustomerIoHealthCheck(CustomerIoProbeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var copy = ReadOnly(options);
        var client = new Lazy<HttpClient>(() => ProbeHttpClient.Create(copy));
        _options = () => copy;
        _client = () => client.Value;
    }

    /// <summary>The check of one registration: its named options, read at each run, and its named client.</summary>
    internal CustomerIoHealthCheck(string name, IOptionsMonitor<CustomerIoProbeOptions> options, IHttpClientFactory clients)
    {
        _options = () => ReadOnly(options.Get(name));
        _client = () => clients.CreateClient(CustomerIoHealthCheckRegistration.ClientName(name));
    }

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        CustomerIoProbeOptions options;
        try
        {
            options = _options();
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException)
        {
            // Settings reloaded since start-up that no longer pass validation; the messages name settings, never values.
            return new HealthCheckResult(context.Registration.FailureStatus, ex.Message);
        }

        var report = await CustomerIoProbe.RunAsync(options, _client(), cancellationToken).ConfigureAwait(false);

        var data = report.Checks.ToDictionary(c => c.Id, c => (object)c.Status.ToString().ToLowerInvariant());
        var failed = report.Checks.FirstOrDefault(c => c.Status == CheckStatus.Fail);
        if (failed is not null)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, Describe(failed), data: data);
        }

        var warned = report.Checks.FirstOrDefault(c => c.Status == CheckStatus.Warn);
        return warned is not null
            ? HealthCheckResult.Degraded(Describe(warned), data: data)
            : HealthCheckResult.Healthy($"Customer.io reachable; credentials accepted; region {report.Region}", data);
    }

    // A health check only reads: whatever asks for a customer lookup or a write is dropped from its copy.
    private static CustomerIoProbeOptions ReadOnly(CustomerIoProbeOptions options)
    {
        var copy = options.Clone();
        copy.Customer = null;
        copy.TestEventCustomer = null;
        return copy;
    }

    private static string Describe(CheckResult check) =>
        check.Advice is null ? $"{check.Id}: {check.Message}" : $"{check.Id}: {check.Message}. {check.Advice}";
}
