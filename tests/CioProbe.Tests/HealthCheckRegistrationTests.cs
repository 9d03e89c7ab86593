using CioProbe.Configuration;
using CioProbe.Health;
using CioProbe.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace CioProbe.Tests
{
    /// <summary>The AddCustomerIo overloads: what each registers, named options, start-up validation and the factory's client.</summary>
    public sealed class HealthCheckRegistrationTests : IAsyncLifetime
    {
        private const string WrongKey = "WrongK3yQ8vN2xZ7pL4m";

        private FakeCustomerIo server = null!;

        public async Task InitializeAsync() => server = await FakeCustomerIo.StartAsync();

        public async Task DisposeAsync() => await server.DisposeAsync();

        [Theory]
        [InlineData("environment")]
        [InlineData("callback")]
        [InlineData("factory")]
        [InlineData("section")]
        public void EveryOverloadPassesNameFailureStatusTagsAndTimeoutToTheRegistration(string overload)
        {
            using var provider = Services(b => Add(b, overload, "billing-workspace", HealthStatus.Degraded, ["ready", "customerio"], TimeSpan.FromSeconds(7)));

            var registration = Registrations(provider).Single();

            Assert.Equal("billing-workspace", registration.Name);
            Assert.Equal(HealthStatus.Degraded, registration.FailureStatus);
            Assert.Equal(["customerio", "ready"], registration.Tags.Order());
            Assert.Equal(TimeSpan.FromSeconds(7), registration.Timeout);
            Assert.IsType<CustomerIoHealthCheck>(registration.Factory(provider));
        }

        [Theory]
        [InlineData("environment")]
        [InlineData("callback")]
        [InlineData("factory")]
        [InlineData("section")]
        public void WithoutANameEveryOverloadRegistersTheDefaultNameAndUnhealthy(string overload)
        {
            using var provider = Services(b => Add(b, overload, null, null, null, null));

            var registration = Registrations(provider).Single();

            Assert.Equal("customerio", CustomerIoHealthCheck.DefaultName);
            Assert.Equal(CustomerIoHealthCheck.DefaultName, registration.Name);
            Assert.Equal(HealthStatus.Unhealthy, registration.FailureStatus);
            Assert.Empty(registration.Tags);
            Assert.Equal(Timeout.InfiniteTimeSpan, registration.Timeout);
        }

        [Fact]
        public void SectionOverloadReadsTheSectionIntoTheOptionsNamedAsTheCheck()
        {
            using var provider = Services(b => b.AddCustomerIo(Section(("SiteId", FakeCustomerIo.SiteId), ("ApiKey", FakeCustomerIo.TrackKey), ("Region", "eu")), name: "eu-workspace"));

            var options = provider.GetRequiredService<IOptionsMonitor<CustomerIoProbeOptions>>().Get("eu-workspace");

            Assert.Equal(FakeCustomerIo.SiteId, options.SiteId);
            Assert.Equal(FakeCustomerIo.TrackKey, options.TrackApiKey);
            Assert.Equal("eu", options.Region);
            Assert.Null(provider.GetRequiredService<IOptionsMonitor<CustomerIoProbeOptions>>().Get(Options.DefaultName).SiteId);
        }

        [Fact]
        public void FactoryOverloadGetsTheAppServicesAndEverySettingItReturns()
        {
            var given = new CustomerIoProbeOptions
            {
                SiteId = "s", TrackApiKey = "t", AppApiKey = "a", Region = "eu", TrackUrl = "https://t.example", AppUrl = "https://a.example",
                RequestTimeout = TimeSpan.FromSeconds(3), Deadline = TimeSpan.FromSeconds(9), MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(70),
                Customer = "c", MessageIds = ["m1", "m2"], TestEventCustomer = "e",
                HealthyCacheDuration = TimeSpan.FromSeconds(61), UnhealthyCacheDuration = TimeSpan.FromSeconds(7),
            };
            IServiceProvider? seen = null;
            using var provider = Services(b => b.AddCustomerIo(services => { seen = services; return given; }));

            var options = provider.GetRequiredService<IOptionsMonitor<CustomerIoProbeOptions>>().Get(CustomerIoHealthCheck.DefaultName);

            Assert.NotNull(seen?.GetService<HealthCheckService>());
            var settable = typeof(CustomerIoProbeOptions).GetProperties().Where(p => p.CanWrite).ToList();
            Assert.Equal(15, settable.Count); // a new setting must be copied too: add it to CopyFrom and to given above
            foreach (var property in settable)
            {
                var expected = property.GetValue(given);
                Assert.True(expected is not null, $"set {property.Name} in the test");
                Assert.Equal(expected, property.GetValue(options));
            }

            Assert.NotSame(given.MessageIds, options.MessageIds);
        }

        [Fact]
        public async Task TwoRegistrationsKeepTheirOwnSettingsAndClients()
        {
            using var provider = Services(b => b
                .AddCustomerIo(Section(ServerSettings(FakeCustomerIo.TrackKey)), name: "marketing")
                .AddCustomerIo(Section(ServerSettings(WrongKey)), name: "billing"));

            var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

            Assert.Equal(HealthStatus.Healthy, report.Entries["marketing"].Status);
            Assert.Equal(HealthStatus.Unhealthy, report.Entries["billing"].Status);
            Assert.Contains("rejected the site id and Track API key (401)", report.Entries["billing"].Description);
            var monitor = provider.GetRequiredService<IOptionsMonitor<CustomerIoProbeOptions>>();
            Assert.Equal(FakeCustomerIo.TrackKey, monitor.Get("marketing").TrackApiKey);
            Assert.Equal(WrongKey, monitor.Get("billing").TrackApiKey);
            AssertNoSecrets(report);
        }

        [Fact]
        public async Task RequestsGoThroughTheClientTheFactoryCreatesForTheRegistration()
        {
            var factory = new RecordingClientFactory();
            using var provider = Services(b =>
            {
                b.AddCustomerIo(Section(ServerSettings(FakeCustomerIo.TrackKey)), name: "marketing");
                b.Services.AddSingleton<IHttpClientFactory>(factory);
            });

            var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

            Assert.Equal(HealthStatus.Healthy, report.Entries["marketing"].Status);
            Assert.Equal(["CioProbe.HealthCheck.marketing"], factory.Names);
            Assert.Contains(factory.Requests, r => r.EndsWith(FakeCustomerIo.RegionPath, StringComparison.Ordinal));
            Assert.Contains(factory.Requests, r => r.EndsWith(FakeCustomerIo.TransactionalPath, StringComparison.Ordinal));
        }

        [Fact]
        public void NamedClientHasTheProbesHandlersOverAPooledHandlerThatFollowsNoRedirectAndKeepsNoCookie()
        {
            using var provider = Services(b => b.AddCustomerIo(
                o =>
                {
                    o.SiteId = FakeCustomerIo.SiteId;
                    o.TrackApiKey = FakeCustomerIo.TrackKey;
                    o.RequestTimeout = TimeSpan.FromSeconds(4);
                },
                name: "marketing"));
            var handlers = provider.GetRequiredService<IHttpMessageHandlerFactory>();

            var chain = Chain(handlers.CreateHandler("CioProbe.HealthCheck.marketing"));

            var probeHandlers = chain.Where(h => h is ResilienceHandler or AttemptCountingHandler or BodyReadingHandler).Select(h => h.GetType()).ToList();
            Assert.Equal([typeof(ResilienceHandler), typeof(AttemptCountingHandler), typeof(BodyReadingHandler)], probeHandlers);
            var primary = Assert.IsType<SocketsHttpHandler>(chain[^1]);
            Assert.False(primary.AllowAutoRedirect);
            Assert.False(primary.UseCookies);
            Assert.Equal(TimeSpan.FromSeconds(4), primary.ConnectTimeout);

            // Runs share the factory's pooled handler instead of opening connections of their own.
            Assert.Same(primary, Chain(handlers.CreateHandler("CioProbe.HealthCheck.marketing"))[^1]);
        }

        [Fact]
        public async Task ARedirectIsReportedNotFollowedAndTheAdviceNamesTheSettingAsConfigured()
        {
            server.Override(FakeCustomerIo.RegionPath, (context, _) =>
            {
                context.Response.StatusCode = 301;
                context.Response.Headers.Location = "https://track-eu.customer.io/api/v1/accounts/region";
                return Task.CompletedTask;
            });
            using var provider = Services(b => b.AddCustomerIo(Section(ServerSettings(FakeCustomerIo.TrackKey))));

            var entry = (await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Entries[CustomerIoHealthCheck.DefaultName];

            Assert.Equal(HealthStatus.Unhealthy, entry.Status);
            Assert.Contains("redirected (301) to https://track-eu.customer.io", entry.Description);
            Assert.Contains("set CustomerIO:Region=eu", entry.Description);
            Assert.Single(server.RequestsTo(FakeCustomerIo.RegionPath));
        }

        [Fact]
        public async Task AReloadedSectionAppliesFromTheNextRun()
        {
            var configuration = Configuration(ServerSettings(WrongKey));
            using var provider = Services(b => b.AddCustomerIo(configuration.GetSection("CustomerIO")));
            var health = provider.GetRequiredService<HealthCheckService>();
            Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync()).Status);

            configuration["CustomerIO:TrackApiKey"] = FakeCustomerIo.TrackKey;
            configuration.Reload();

            Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);
        }

        [Fact]
        public async Task SettingsReloadedIntoAnInvalidStateMakeTheCheckFailWithTheValidationMessage()
        {
            var configuration = Configuration(ServerSettings(FakeCustomerIo.TrackKey));
            using var provider = Services(b => b.AddCustomerIo(configuration.GetSection("CustomerIO")));
            configuration["CustomerIO:SiteId"] = null;
            configuration.Reload();

            var entry = (await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Entries[CustomerIoHealthCheck.DefaultName];

            Assert.Equal(HealthStatus.Unhealthy, entry.Status);
            Assert.Contains("CustomerIO:SiteId is not set", entry.Description);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task StartUpFailsNamingTheMissingSettingByItsConfigurationPathAndNoValue()
        {
            var settings = ServerSettings(FakeCustomerIo.TrackKey).Where(s => s.Key != "SiteId").ToArray();

            var error = await StartupErrorAsync(b => b.AddCustomerIo(Section(settings)));

            var validation = Assert.IsType<OptionsValidationException>(error);
            Assert.Equal(CustomerIoHealthCheck.DefaultName, validation.OptionsName);
            Assert.Contains("Customer.io health check 'customerio': CustomerIO:SiteId is not set", error.Message);
            Assert.Contains("Set CustomerIO:SiteId to the workspace's site id", error.Message);
            Assert.DoesNotContain("CUSTOMERIO_", error.Message);
            Assert.DoesNotContain("--site-id", error.Message);
            SecretLeaks.AssertNone(error.Message, FakeCustomerIo.SiteId, FakeCustomerIo.TrackKey, FakeCustomerIo.AppKey);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task StartUpFailsOnAnInvalidRegionShowingOnlyAMaskOfAKeyPastedThere()
        {
            var settings = ServerSettings(FakeCustomerIo.TrackKey).Select(s => s.Key == "Region" ? (s.Key, (string?)FakeCustomerIo.AppKey) : s).ToArray();

            var error = await StartupErrorAsync(b => b.AddCustomerIo(Section(settings)));

            Assert.True(error.Message.Contains("CustomerIO:Region is AppK... (33 chars), expected us or eu", StringComparison.Ordinal), error.Message);
            SecretLeaks.AssertNone(error.Message, FakeCustomerIo.SiteId, FakeCustomerIo.TrackKey, FakeCustomerIo.AppKey);
        }

        [Fact]
        public async Task StartUpFailsOnConflictingKeyNamesNamingBothAndNoValue()
        {
            var settings = ServerSettings(FakeCustomerIo.TrackKey).Append(("ApiKey", WrongKey)).ToArray();

            var error = await StartupErrorAsync(b => b.AddCustomerIo(Section(settings)));

            Assert.Contains("'CustomerIO:ApiKey' and 'CustomerIO:TrackApiKey' are both set, to different values", error.Message);
            SecretLeaks.AssertNone(error.Message, FakeCustomerIo.SiteId, FakeCustomerIo.TrackKey, FakeCustomerIo.AppKey, WrongKey);
        }

        [Fact]
        public async Task StartUpFailsForTheRegistrationWhoseSettingsAreInvalidOnly()
        {
            var error = await StartupErrorAsync(b => b
                .AddCustomerIo(Section(ServerSettings(FakeCustomerIo.TrackKey)), name: "marketing")
                .AddCustomerIo(o => o.SiteId = FakeCustomerIo.SiteId, name: "billing"));

            var validation = Assert.IsType<OptionsValidationException>(error);
            Assert.Equal("billing", validation.OptionsName);
            Assert.Contains("Customer.io health check 'billing': CustomerIoProbeOptions.TrackApiKey is not set", error.Message);
            Assert.DoesNotContain("CIO2001", error.Message); // code sets no setting an app reads
        }

        [Fact]
        public async Task StartUpFailsOnLimitsOutOfRangeNamingTheProperties()
        {
            var error = await StartupErrorAsync(b => b.AddCustomerIo(o =>
            {
                o.SiteId = FakeCustomerIo.SiteId;
                o.TrackApiKey = FakeCustomerIo.TrackKey;
                o.MaxRetries = 50;
            }));

            Assert.Contains("MaxRetries must be between 0 and 10", error.Message);
            Assert.Contains("CustomerIoProbeOptions.MaxRetries", error.Message);
            Assert.DoesNotContain("--retries", error.Message);
        }

        [Theory]
        [InlineData("TrackApiKey")]
        [InlineData("ApiKey")]
        public async Task AWarningDoesNotStopTheAppAndDegradesTheCheckNamingTheKeyAsSet(string key)
        {
            var settings = ServerSettings(FakeCustomerIo.TrackKey + "\n").Select(s => s.Key == "TrackApiKey" ? (key, s.Value) : s).ToArray();
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            builder.Services.AddHealthChecks().AddCustomerIo(Section(settings));
            using var host = builder.Build();

            await host.StartAsync();
            var entry = (await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Entries[CustomerIoHealthCheck.DefaultName];
            await host.StopAsync();

            Assert.Equal(HealthStatus.Degraded, entry.Status);
            Assert.Contains($"config: CustomerIO:{key} has a trailing newline", entry.Description);
        }

        [Fact]
        public void ValidatorPointsAtACUSTOMERIOVariableARegistrationDoesNotRead()
        {
            var section = Section(("TrackApiKey", FakeCustomerIo.TrackKey));
            var options = ProbeConfiguration.Read(section);
            options.Names = SettingNames.For(section);
            var validator = new CustomerIoProbeOptionsValidator("customerio", v => v == "CUSTOMERIO_SITE_ID" ? FakeCustomerIo.SiteId : null);

            var result = validator.Validate("customerio", options);

            Assert.True(result.Failed);
            Assert.Contains("CUSTOMERIO_SITE_ID is set, but this registration does not read CUSTOMERIO_* variables: set CustomerIO:SiteId (the environment variable CustomerIO__SiteId sets it too), or register with AddCustomerIo() to read them.", result.FailureMessage);
            SecretLeaks.AssertNone(result.FailureMessage, FakeCustomerIo.SiteId, FakeCustomerIo.TrackKey, null);
            Assert.True(validator.Validate("other", options).Skipped);
        }

        private (string Key, string? Value)[] ServerSettings(string trackKey) =>
        [
            ("SiteId", FakeCustomerIo.SiteId),
            ("TrackApiKey", trackKey),
            ("AppApiKey", FakeCustomerIo.AppKey),
            ("Region", "us"),
            ("TrackUrl", server.BaseUrl.ToString()),
            ("AppUrl", server.BaseUrl.ToString()),
        ];

        private static IConfigurationRoot Configuration(params (string Key, string? Value)[] settings) =>
            new ConfigurationBuilder()
                .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>("CustomerIO:" + s.Key, s.Value)))
                .Build();

        private static IConfigurationSection Section(params (string Key, string? Value)[] settings) =>
            Configuration(settings).GetSection("CustomerIO");

        private static ServiceProvider Services(Action<IHealthChecksBuilder> add)
        {
            var services = new ServiceCollection();
            add(services.AddHealthChecks());
            return services.BuildServiceProvider();
        }

        private static async Task<Exception> StartupErrorAsync(Action<IHealthChecksBuilder> add)
        {
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            add(builder.Services.AddHealthChecks());
            using var host = builder.Build();
            var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());
            OutputLog.Record("start-up", error.ToString(), FakeCustomerIo.SiteId, FakeCustomerIo.TrackKey, FakeCustomerIo.AppKey);
            return error;
        }

        private static IEnumerable<HealthCheckRegistration> Registrations(IServiceProvider provider) =>
            provider.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;

        private static IHealthChecksBuilder Add(IHealthChecksBuilder builder, string overload, string? name, HealthStatus? failureStatus, IEnumerable<string>? tags, TimeSpan? timeout) => overload switch
        {
            "environment" => builder.AddCustomerIo(name, failureStatus, tags, timeout),
            "callback" => builder.AddCustomerIo(o => o.SiteId = FakeCustomerIo.SiteId, name, failureStatus, tags, timeout),
            "factory" => builder.AddCustomerIo(_ => new CustomerIoProbeOptions(), name, failureStatus, tags, timeout),
            "section" => builder.AddCustomerIo(Section(("SiteId", FakeCustomerIo.SiteId)), name, failureStatus, tags, timeout),
            _ => throw new ArgumentOutOfRangeException(nameof(overload)),
        };

        private static List<HttpMessageHandler> Chain(HttpMessageHandler handler)
        {
            var chain = new List<HttpMessageHandler> { handler };
            while (chain[^1] is DelegatingHandler { InnerHandler: { } inner })
            {
                chain.Add(inner);
            }

            return chain;
        }

        private static void AssertNoSecrets(HealthReport report) =>
            SecretLeaks.AssertNone(
                string.Join("\n", report.Entries.Select(e => $"{e.Key}: {e.Value.Description} {string.Join(",", e.Value.Data.Select(d => $"{d.Key}={d.Value}"))}")),
                FakeCustomerIo.SiteId, FakeCustomerIo.TrackKey, FakeCustomerIo.AppKey, WrongKey);

        /// <summary>Stands in for the app's IHttpClientFactory: records the names asked for and the requests sent.</summary>
        private sealed class RecordingClientFactory : IHttpClientFactory
        {
            public List<string> Names { get; } = [];

            public List<string> Requests { get; } = [];

            public HttpClient CreateClient(string name)
            {
                lock (Names)
                {
                    Names.Add(name);
                }

                return new HttpClient(new Recording(Requests) { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false } });
            }

            private sealed class Recording(List<string> requests) : DelegatingHandler
            {
                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    lock (requests)
                    {
                        requests.Add(request.RequestUri!.AbsolutePath);
                    }

                    return base.SendAsync(request, cancellationToken);
                }
            }
        }
    }
}
