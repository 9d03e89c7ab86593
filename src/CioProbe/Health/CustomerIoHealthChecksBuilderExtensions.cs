using CioProbe;
using CioProbe.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

// In the namespace of IHealthChecksBuilder, as health check packages do, so no extra using is needed.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Customer.io health check.</summary>
public static class CustomerIoHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a health check that runs the probe's read-only checks. Options start from the <c>CUSTOMERIO_*</c>
    /// environment variables; <paramref name="configure"/> can override any of them.
    /// </summary>
    public static IHealthChecksBuilder AddCustomerIo(
        this IHealthChecksBuilder builder,
        Action<CustomerIoProbeOptions>? configure = null,
        string name = "customerio",
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null,
        TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = CustomerIoProbeOptions.FromEnvironment();
        configure?.Invoke(options);
        var check = new CustomerIoHealthCheck(options);
        return builder.Add(new HealthCheckRegistration(name, _ => check, failureStatus, tags, timeout));
    }
}
