using System.Net;
using System.Text;
using CioProbe.EndToEnd.Infrastructure;
using CioProbe.Tests;

namespace CioProbe.EndToEnd
{
    /// <summary>
    /// The health check as an app gets it: CioProbe installed from the packed package, configured in appsettings.json,
    /// the app run as a process of its own against the fake Customer.io in this process.
    /// </summary>
    [Collection(ProbePackagesCollection.Name)]
    public sealed class HealthCheckAppTests : IAsyncLifetime
    {
        private const string WrongKey = "WrongK3yQ8vN2xZ7pL4m";

        // Built once for the whole class: restoring and compiling the app is the slow part.
        private static Task<HealthCheckApp>? sharedApp;

        private readonly ProbePackages packages;
        private FakeCustomerIo server = null!;

        public HealthCheckAppTests(ProbePackages packages) => this.packages = packages;

        public async Task InitializeAsync() => server = await FakeCustomerIo.StartAsync();

        public async Task DisposeAsync() => await server.DisposeAsync();

        [Fact]
        public async Task AppRestoresCioProbeFromThePackedPackage()
        {
            await AppAsync();

            Assert.True(Directory.Exists(Path.Combine(this.packages.PackagesFolder, "cioprobe", this.packages.Version)), $"CioProbe {this.packages.Version} was not restored into {this.packages.PackagesFolder}");
        }

        [Fact]
        public async Task HealthIsHealthyWithGoodKeysAndOnlyReads()
        {
            var (status, body, output) = await GetHealthAsync(Settings(FakeCustomerIo.TrackKey));

            Assert.True(status == HttpStatusCode.OK, $"{status}: {body}\n{output}");
            Assert.Equal("Healthy", body);
            Assert.Contains(server.Requests, r => r.Target == FakeCustomerIo.RegionPath);
            Assert.Contains(server.Requests, r => r.Target == FakeCustomerIo.TransactionalPath);
            Assert.All(server.Requests, r => Assert.Equal("GET", r.Method));
            Assert.DoesNotContain(server.Requests, r => r.Target.Contains("customers", StringComparison.Ordinal));
            AssertNoKeys(output, FakeCustomerIo.TrackKey);
        }

        [Fact]
        public async Task HealthIsUnhealthy503WithARejectedKeyAndTheAppLogsNoKey()
        {
            var (status, body, output) = await GetHealthAsync(Settings(WrongKey));

            Assert.True(status == HttpStatusCode.ServiceUnavailable, $"{status}: {body}\n{output}");
            Assert.Equal("Unhealthy", body);
            AssertNoKeys(output, WrongKey);
        }

        [Fact]
        public async Task AppDoesNotStartWithoutASiteIdAndNamesCustomerIOSiteId()
        {
            var app = await AppAsync();
            var settings = Settings(FakeCustomerIo.TrackKey);
            settings.Remove("SiteId");

            await using var process = app.Start(settings);
            var exit = await process.WaitForExitAsync(TimeSpan.FromSeconds(60));

            Assert.True(exit.ExitCode != 0, exit.ToString());
            Assert.Contains("OptionsValidationException", exit.Output);
            Assert.Contains("CustomerIO:SiteId is not set", exit.Output);
            Assert.DoesNotContain("Now listening on", exit.Output);
            Assert.Empty(server.Requests);
            AssertNoKeys(exit.Output, FakeCustomerIo.TrackKey);
        }

        [Fact]
        public async Task PolledInParallelUnderAspireStyleDefaultsAFailingCustomerIoGetsOneCallPerEndpoint()
        {
            foreach (var path in new[] { FakeCustomerIo.RegionPath, FakeCustomerIo.TransactionalPath })
            {
                server.Override(path, (context, _) => FakeCustomerIo.Json(context, 500, """{"meta":{"error":"down"}}"""));
            }

            var app = await AppAsync();
            await using var process = app.Start(Settings(FakeCustomerIo.TrackKey), serviceDefaults: true);
            var address = await HealthCheckApp.AddressAsync(process);
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };

            // 100 requests at a time for 5 s: well within the 30 s an unhealthy result is kept.
            var statuses = new List<HttpStatusCode>();
            var until = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(5);
            while (DateTimeOffset.UtcNow < until)
            {
                statuses.AddRange(await Task.WhenAll(Enumerable.Range(0, 100).Select(async _ =>
                {
                    using var response = await client.GetAsync(new Uri(address, "/health"));
                    return response.StatusCode;
                })));
            }

            Assert.All(statuses, status => Assert.Equal(HttpStatusCode.ServiceUnavailable, status));
            Assert.Single(server.RequestsTo(FakeCustomerIo.RegionPath));
            Assert.Single(server.RequestsTo(FakeCustomerIo.TransactionalPath));
            AssertNoKeys(process.Output, FakeCustomerIo.TrackKey);
        }

        private async Task<(HttpStatusCode Status, string Body, string Output)> GetHealthAsync(Dictionary<string, string> settings)
        {
            var app = await AppAsync();
            await using var process = app.Start(settings);
            var address = await HealthCheckApp.AddressAsync(process);

            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            using var response = await client.GetAsync(new Uri(address, "/health"));
            var body = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, body, process.Output);
        }

        private Task<HealthCheckApp> AppAsync() => sharedApp ??= HealthCheckApp.BuildAsync(this.packages);

        private Dictionary<string, string> Settings(string trackKey) => new()
        {
            ["SiteId"] = FakeCustomerIo.SiteId,
            ["TrackApiKey"] = trackKey,
            ["AppApiKey"] = FakeCustomerIo.AppKey,
            ["Region"] = "us",
            ["TrackUrl"] = server.BaseUrl.ToString(),
            ["AppUrl"] = server.BaseUrl.ToString(),
        };

        // The app's console log: the credentials, and the Basic token they make, appear nowhere in it.
        private static void AssertNoKeys(string output, string trackKey)
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeCustomerIo.SiteId}:{trackKey}"));
            foreach (var secret in new[] { FakeCustomerIo.SiteId, trackKey, FakeCustomerIo.AppKey, basic })
            {
                Assert.False(output.Contains(secret, StringComparison.OrdinalIgnoreCase), $"a credential is in the app's output:\n{output}");
            }
        }
    }
}
