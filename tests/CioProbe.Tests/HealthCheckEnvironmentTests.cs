using CioProbe.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CioProbe.Tests
{
    /// <summary>Which registrations read the CUSTOMERIO_* variables (from an environment the test gives, not the process's).</summary>
    public sealed class HealthCheckEnvironmentTests
    {
        [Fact]
        public void ParameterlessOverloadReadsTheVariables()
        {
            var options = Options(
                b => b.AddCustomerIo(),
                ("CUSTOMERIO_SITE_ID", FakeCustomerIo.SiteId), ("CUSTOMERIO_API_KEY", FakeCustomerIo.TrackKey), ("CUSTOMERIO_REGION", "eu"), ("CUSTOMERIO_TRACK_URL", "http://127.0.0.1:9"));

            Assert.Equal(FakeCustomerIo.SiteId, options.SiteId);
            Assert.Equal(FakeCustomerIo.TrackKey, options.TrackApiKey);
            Assert.Equal("eu", options.Region);
            Assert.Equal("http://127.0.0.1:9", options.TrackUrl);
        }

        [Fact]
        public void CallbackOverloadStartsFromDefaultsNotFromTheVariables()
        {
            var options = Options(
                b => b.AddCustomerIo(o =>
                {
                    Assert.Null(o.SiteId);
                    o.SiteId = FakeCustomerIo.SiteId;
                    o.TrackApiKey = FakeCustomerIo.TrackKey;
                }),
                ("CUSTOMERIO_SITE_ID", "SiteFromTheEnvironm1"), ("CUSTOMERIO_APP_API_KEY", FakeCustomerIo.AppKey), ("CUSTOMERIO_REGION", "eu"));

            Assert.Equal(FakeCustomerIo.SiteId, options.SiteId);
            Assert.Null(options.AppApiKey);
            Assert.Null(options.Region);
        }

        [Fact]
        public async Task ParameterlessOverloadNamesTheVariablesWhenOneIsMissing()
        {
            var error = await StartupErrorAsync(b => b.AddCustomerIo(), ("CUSTOMERIO_API_KEY", FakeCustomerIo.TrackKey));

            Assert.Contains("Customer.io health check 'customerio': CUSTOMERIO_SITE_ID is not set", error.Message);
            Assert.DoesNotContain("--site-id", error.Message);
            Assert.DoesNotContain("does not read", error.Message);
        }

        [Fact]
        public async Task CallbackOverloadSaysThatAVariableItDoesNotReadIsSet()
        {
            var error = await StartupErrorAsync(b => b.AddCustomerIo(o => o.TrackApiKey = FakeCustomerIo.TrackKey), ("CUSTOMERIO_SITE_ID", FakeCustomerIo.SiteId));

            Assert.Contains("CustomerIoProbeOptions.SiteId is not set", error.Message);
            Assert.Contains("CUSTOMERIO_SITE_ID is set, but this registration does not read CUSTOMERIO_* variables: set it in the AddCustomerIo callback, or register with AddCustomerIo() to read them.", error.Message);
        }

        [Fact]
        public async Task SectionOverloadSaysThatAVariableItDoesNotReadIsSet()
        {
            var section = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["CustomerIO:SiteId"] = FakeCustomerIo.SiteId })
                .Build()
                .GetSection("CustomerIO");

            var error = await StartupErrorAsync(b => b.AddCustomerIo(section), ("CUSTOMERIO_API_KEY", FakeCustomerIo.TrackKey));

            Assert.Contains("CustomerIO:TrackApiKey is not set", error.Message);
            Assert.Contains("CUSTOMERIO_API_KEY is set, but this registration does not read CUSTOMERIO_* variables: set CustomerIO:TrackApiKey (the environment variable CustomerIO__TrackApiKey sets it too)", error.Message);
        }

        private static IHealthChecksBuilder WithEnvironment(IServiceCollection services, (string Name, string Value)[] variables)
        {
            var values = variables.ToDictionary(v => v.Name, v => v.Value);
            services.AddSingleton(new ProcessEnvironment(name => values.GetValueOrDefault(name)));
            return services.AddHealthChecks();
        }

        private static CustomerIoProbeOptions Options(Action<IHealthChecksBuilder> add, params (string Name, string Value)[] variables)
        {
            var services = new ServiceCollection();
            add(WithEnvironment(services, variables));
            using var provider = services.BuildServiceProvider();
            return provider.GetRequiredService<IOptionsMonitor<CustomerIoProbeOptions>>().Get(CustomerIoHealthCheck.DefaultName);
        }

        private static async Task<Exception> StartupErrorAsync(Action<IHealthChecksBuilder> add, params (string Name, string Value)[] variables)
        {
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            add(WithEnvironment(builder.Services, variables));
            using var host = builder.Build();
            var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());
            OutputLog.Record("start-up", error.ToString(), FakeCustomerIo.SiteId, FakeCustomerIo.TrackKey, FakeCustomerIo.AppKey);
            return error;
        }
    }
}
