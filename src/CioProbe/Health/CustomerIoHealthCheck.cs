using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CioProbe.Health;

/// <summary>Runs the probe's read-only checks (config, credentials, region); never looks up customers or writes.</summary>
public sealed class CustomerIoHealthCheck : IHealthCheck
{
    private readonly CustomerIoProbeOptions _options;

    /// <summary>Creates the health check. The options are copied, and <c>Customer</c> and <c>TestEventCustomer</c> are ignored.</summary>
    public CustomerIoHealthCheck(CustomerIoProbeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Clone();
        _options.Customer = null;
        _options.TestEventCustomer = null;
    }

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = await CustomerIoProbe.RunAsync(_options, cancellationToken).ConfigureAwait(false);

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

    private static string Describe(CheckResult check) =>
        check.Advice is null ? $"{check.Id}: {check.Message}" : $"{check.Id}: {check.Message}. {check.Advice}";
}
