using CioProbe;
using CioProbe.Configuration;
using CioProbe.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

// In the namespace of IHealthChecksBuilder, as health check packages do, so no extra using is needed.
namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>
    /// Registers the Customer.io health check. Each registration has its own named options (named as the check),
    /// validated when the app starts, and its own named HttpClient from <c>IHttpClientFactory</c>.
    /// </summary>
    public static class CustomerIoHealthChecksBuilderExtensions
    {
        /// <summary>Adds a health check whose settings come from the <c>CUSTOMERIO_*</c> environment variables.</summary>
        /// <param name="builder">The health checks builder.</param>
        /// <param name="name">The check's name, and its options' name; <see cref="CustomerIoHealthCheck.DefaultName"/> when null.</param>
        /// <param name="failureStatus">The status reported when a check fails; Unhealthy when null.</param>
        /// <param name="tags">Tags to filter the check by.</param>
        /// <param name="timeout">How long the health check service lets the check run.</param>
        public static IHealthChecksBuilder AddCustomerIo(
            this IHealthChecksBuilder builder,
            string? name = null,
            HealthStatus? failureStatus = null,
            IEnumerable<string>? tags = null,
            TimeSpan? timeout = null) =>
            CustomerIoHealthCheckRegistration.Add(builder, name, failureStatus, tags, timeout, options => options.Configure<ProcessEnvironment>((o, environment) =>
            {
                o.Names = SettingNames.Environment;
                o.ApplyEnvironment(environment.Lookup);
            }));

        /// <summary>Adds a health check whose settings <paramref name="configure"/> sets; environment variables are not read.</summary>
        /// <param name="builder">The health checks builder.</param>
        /// <param name="configure">Sets the options, starting from their defaults.</param>
        /// <param name="name">The check's name, and its options' name; <see cref="CustomerIoHealthCheck.DefaultName"/> when null.</param>
        /// <param name="failureStatus">The status reported when a check fails; Unhealthy when null.</param>
        /// <param name="tags">Tags to filter the check by.</param>
        /// <param name="timeout">How long the health check service lets the check run.</param>
        public static IHealthChecksBuilder AddCustomerIo(
            this IHealthChecksBuilder builder,
            Action<CustomerIoProbeOptions> configure,
            string? name = null,
            HealthStatus? failureStatus = null,
            IEnumerable<string>? tags = null,
            TimeSpan? timeout = null)
        {
            ArgumentNullException.ThrowIfNull(configure);
            return CustomerIoHealthCheckRegistration.Add(builder, name, failureStatus, tags, timeout, options => options
                .Configure(o => o.Names = SettingNames.Code)
                .Configure(configure));
        }

        /// <summary>
        /// Adds a health check whose settings <paramref name="factory"/> returns, given the app's services (when the
        /// options are first needed: at start-up); environment variables are not read.
        /// </summary>
        /// <param name="builder">The health checks builder.</param>
        /// <param name="factory">Returns the options.</param>
        /// <param name="name">The check's name, and its options' name; <see cref="CustomerIoHealthCheck.DefaultName"/> when null.</param>
        /// <param name="failureStatus">The status reported when a check fails; Unhealthy when null.</param>
        /// <param name="tags">Tags to filter the check by.</param>
        /// <param name="timeout">How long the health check service lets the check run.</param>
        public static IHealthChecksBuilder AddCustomerIo(
            this IHealthChecksBuilder builder,
            Func<IServiceProvider, CustomerIoProbeOptions> factory,
            string? name = null,
            HealthStatus? failureStatus = null,
            IEnumerable<string>? tags = null,
            TimeSpan? timeout = null)
        {
            ArgumentNullException.ThrowIfNull(factory);
            return CustomerIoHealthCheckRegistration.Add(builder, name, failureStatus, tags, timeout, options => options
                .Configure<IServiceProvider>((o, services) =>
                {
                    var given = factory(services)
                        ?? throw new InvalidOperationException($"The options factory of the Customer.io health check '{options.Name}' returned null.");
                    o.CopyFrom(given);
                    o.Names = SettingNames.Code;
                }));
        }

        /// <summary>
        /// Adds a health check whose settings are read from <paramref name="section"/> (usually
        /// <c>configuration.GetSection("CustomerIO")</c>): <c>SiteId</c>, <c>TrackApiKey</c> or its alias <c>ApiKey</c>,
        /// <c>AppApiKey</c>, <c>Region</c>, <c>TrackUrl</c>, <c>AppUrl</c>. <c>CUSTOMERIO_*</c> variables are not read;
        /// the configuration's own environment variables (<c>CustomerIO__SiteId</c>) are, as any configuration source.
        /// A reloaded section applies from the next run.
        /// </summary>
        /// <param name="builder">The health checks builder.</param>
        /// <param name="section">The configuration section holding the settings.</param>
        /// <param name="name">The check's name, and its options' name; <see cref="CustomerIoHealthCheck.DefaultName"/> when null.</param>
        /// <param name="failureStatus">The status reported when a check fails; Unhealthy when null.</param>
        /// <param name="tags">Tags to filter the check by.</param>
        /// <param name="timeout">How long the health check service lets the check run.</param>
        public static IHealthChecksBuilder AddCustomerIo(
            this IHealthChecksBuilder builder,
            IConfiguration section,
            string? name = null,
            HealthStatus? failureStatus = null,
            IEnumerable<string>? tags = null,
            TimeSpan? timeout = null)
        {
            ArgumentNullException.ThrowIfNull(section);
            return CustomerIoHealthCheckRegistration.Add(builder, name, failureStatus, tags, timeout, options =>
            {
                options.Configure(o =>
                {
                    o.Names = SettingNames.For(section);
                    ProbeConfiguration.Apply(section, o);
                });

                // The app's configuration tells which source gave each setting: credentials go to a non-Customer.io URL
                // only when it comes from a source at least as strong as theirs (checked with the other settings).
                options.Configure<IServiceProvider>((o, services) => o.Origins = SectionOrigins.Find(services.GetService<IConfiguration>(), section));
                options.Services.AddSingleton<IOptionsChangeTokenSource<CustomerIoProbeOptions>>(
                    new ConfigurationChangeTokenSource<CustomerIoProbeOptions>(options.Name, section));
            });
        }
    }
}
