using CioProbe.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CioProbe.Tests
{
    /// <summary>
    /// The health check keeps the tool's rule: a URL naming a host that is not Customer.io's receives credentials only when
    /// it comes from a configuration source at least as strong as theirs (added after, or the same), or from code.
    /// </summary>
    public sealed class HealthCheckCredentialDestinationTests : IAsyncLifetime
    {
        private FakeCustomerIo server = null!;

        public async Task InitializeAsync() => server = await FakeCustomerIo.StartAsync();

        public async Task DisposeAsync() => await server.DisposeAsync();

        [Fact]
        public async Task AUrlFromASourceTheKeysOverrideStopsTheAppBeforeAnythingIsSent()
        {
            using var host = Build(urlsFirst: true);

            var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
            OutputLog.Record("start-up", error.ToString(), FakeCustomerIo.SiteId, FakeCustomerIo.TrackKey, FakeCustomerIo.AppKey);

            Assert.Contains("CustomerIO:TrackUrl (from ", error.Message);
            Assert.Contains("points the Track API at a host that is not Customer.io's, but CustomerIO:", error.Message);
            Assert.DoesNotContain(server.BaseUrl.Authority, error.Message);
            SecretLeaks.AssertNone(error.Message, FakeCustomerIo.SiteId, FakeCustomerIo.TrackKey, FakeCustomerIo.AppKey);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task AUrlFromASourceAddedAfterTheKeysIsUsed()
        {
            using var host = Build(urlsFirst: false);
            await host.StartAsync();

            var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
            await host.StopAsync();

            Assert.Equal(HealthStatus.Healthy, report.Status);
            Assert.Single(server.RequestsTo(FakeCustomerIo.RegionPath));
        }

        [Fact]
        public async Task AUrlSetInCodeIsUsedWhateverSourceTheKeysComeFrom()
        {
            using var host = Build(urlsFirst: true, services => services.Configure<CustomerIoProbeOptions>(CustomerIoHealthCheck.DefaultName, o =>
            {
                o.TrackUrl = server.BaseUrl.ToString();
                o.AppUrl = server.BaseUrl.ToString();
            }));
            await host.StartAsync();

            var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
            await host.StopAsync();

            Assert.Equal(HealthStatus.Healthy, report.Status);
        }

        // Two configuration sources, as appsettings.json and environment variables are: the second overrides the first.
        private IHost Build(bool urlsFirst, Action<IServiceCollection>? more = null)
        {
            var urls = new Dictionary<string, string?>
            {
                ["CustomerIO:TrackUrl"] = server.BaseUrl.ToString(),
                ["CustomerIO:AppUrl"] = server.BaseUrl.ToString(),
            };
            var keys = new Dictionary<string, string?>
            {
                ["CustomerIO:SiteId"] = FakeCustomerIo.SiteId,
                ["CustomerIO:TrackApiKey"] = FakeCustomerIo.TrackKey,
                ["CustomerIO:AppApiKey"] = FakeCustomerIo.AppKey,
                ["CustomerIO:Region"] = "us",
            };
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            builder.Configuration.AddInMemoryCollection(urlsFirst ? urls : keys).AddInMemoryCollection(urlsFirst ? keys : urls);
            builder.Services.AddHealthChecks().AddCustomerIo(builder.Configuration.GetSection("CustomerIO"));
            more?.Invoke(builder.Services);
            return builder.Build();
        }
    }
}
