using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace CioProbe.Tests
{
    /// <summary>The health check inside a minimal ASP.NET Core app, against the fake Customer.io.</summary>
    public sealed class HealthCheckTests : IAsyncLifetime
    {
        private FakeCustomerIo server = null!;

        public async Task InitializeAsync() => server = await FakeCustomerIo.StartAsync();

        public async Task DisposeAsync() => await server.DisposeAsync();

        [Fact]
        public async Task HealthEndpointIsHealthyWhenCredentialsAndRegionAreRight()
        {
            var (status, body) = await GetHealthAsync(o => Configure(o, FakeCustomerIo.TrackKey));

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("Healthy", body);
            Assert.All(server.Requests, r => Assert.Equal("GET", r.Method));
        }

        [Fact]
        public async Task HealthEndpointIsUnhealthyOnARejectedKeyAndHidesTheKey()
        {
            const string wrongKey = "WrongK3yQ8vN2xZ7pL4m";
            var (status, body) = await GetHealthAsync(o => Configure(o, wrongKey), detailed: true);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Contains("track-credentials", body);
            Assert.Contains("401", body);
            Assert.DoesNotContain(wrongKey, body);
            Assert.DoesNotContain(FakeCustomerIo.AppKey, body);
        }

        [Fact]
        public async Task HealthCheckNeverWritesOrLooksUpCustomers()
        {
            var (status, _) = await GetHealthAsync(o =>
            {
                Configure(o, FakeCustomerIo.TrackKey);
                o.TestEventCustomer = "someone";
                o.Customer = "someone";
            });

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.DoesNotContain(server.Requests, r => r.Method != "GET" || r.Target.Contains("customers", StringComparison.Ordinal));
        }

        [Fact]
        public async Task WarningsMakeTheCheckDegraded()
        {
            var check = new Health.CustomerIoHealthCheck(Options(FakeCustomerIo.TrackKey + "\n"));
            var registration = new HealthCheckRegistration("customerio", check, HealthStatus.Unhealthy, null);

            var result = await CheckAsync(check, registration, Options(FakeCustomerIo.TrackKey + "\n"));

            Assert.Equal(HealthStatus.Degraded, result.Status);
            Assert.Contains("trailing newline", result.Description);
            Assert.Equal("warn", result.Data["config"]);
            Assert.Equal("ok", result.Data["track-credentials"]);
        }

        [Fact]
        public async Task HealthDescriptionAndDataCarryNoCredentialAServerEchoes()
        {
            server.Override(FakeCustomerIo.RegionPath, (context, _) =>
                FakeCustomerIo.Json(context, 500, System.Text.Json.JsonSerializer.Serialize(new { meta = new { error = $"rejected {context.Request.Headers.Authorization} for {FakeCustomerIo.TrackKey.ToLowerInvariant()}" } })));
            var options = Options(FakeCustomerIo.TrackKey);
            options.MaxRetries = 0;
            var check = new Health.CustomerIoHealthCheck(options);

            var result = await CheckAsync(check, new HealthCheckRegistration("customerio", check, HealthStatus.Unhealthy, null), options);

            Assert.Equal(HealthStatus.Unhealthy, result.Status);
            Assert.Contains("answered 500: rejected", result.Description);
            SecretLeaks.AssertNone(Printed(result), FakeCustomerIo.SiteId, FakeCustomerIo.TrackKey, FakeCustomerIo.AppKey);
        }

        private static async Task<HealthCheckResult> CheckAsync(Health.CustomerIoHealthCheck check, HealthCheckRegistration registration, CustomerIoProbeOptions options)
        {
            var result = await check.CheckHealthAsync(new HealthCheckContext { Registration = registration });
            OutputLog.Record("health check", Printed(result), options.SiteId, options.TrackApiKey, options.AppApiKey);
            return result;
        }

        // What a health endpoint could show: the description and every data entry.
        private static string Printed(HealthCheckResult result) =>
            $"{result.Description}\n{string.Join("\n", result.Data.Select(d => $"{d.Key}={d.Value}"))}";

        private CustomerIoProbeOptions Options(string trackKey)
        {
            var options = new CustomerIoProbeOptions();
            Configure(options, trackKey);
            return options;
        }

        private void Configure(CustomerIoProbeOptions options, string trackKey)
        {
            options.SiteId = FakeCustomerIo.SiteId;
            options.TrackApiKey = trackKey;
            options.AppApiKey = FakeCustomerIo.AppKey;
            options.Region = "us";
            options.TrackUrl = server.BaseUrl.ToString();
            options.AppUrl = server.BaseUrl.ToString();
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(50);
        }

        private static async Task<(HttpStatusCode Status, string Body)> GetHealthAsync(Action<CustomerIoProbeOptions> configure, bool detailed = false)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
            builder.Services.AddHealthChecks().AddCustomerIo(configure);
            await using var app = builder.Build();
            app.MapHealthChecks("/health", new HealthCheckOptions
            {
                ResponseWriter = detailed
                    ? (context, report) => context.Response.WriteAsync(string.Join("\n", report.Entries.Select(e => $"{e.Key}: {e.Value.Status}: {e.Value.Description}")))
                    : DefaultWriter,
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();

            using var client = new HttpClient();
            using var response = await client.GetAsync(new Uri(new Uri(address), "/health"));
            var body = await response.Content.ReadAsStringAsync();
            await app.StopAsync();
            var options = new CustomerIoProbeOptions();
            configure(options);
            OutputLog.Record("health endpoint", body, options.SiteId, options.TrackApiKey, options.AppApiKey);
            return (response.StatusCode, body);
        }

        private static readonly Func<HttpContext, HealthReport, Task> DefaultWriter = new HealthCheckOptions().ResponseWriter;
    }
}
