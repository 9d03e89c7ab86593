using System.Diagnostics;
using System.Net;
using CioProbe.Health;
using CioProbe.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;

namespace CioProbe.Tests
{
    /// <summary>
    /// A busy /health endpoint in an ASP.NET Core app, counted at the fake Customer.io: results are cached, concurrent
    /// requests share one run, nothing is retried inside the check, Retry-After holds off the next call, and an app-wide
    /// resilience handler does not stack on the probe's.
    /// </summary>
    [Collection(WallClockCollection.Name)]
    public sealed class HealthCheckCachingTests : IAsyncLifetime
    {
        private FakeCustomerIo server = null!;

        public async Task InitializeAsync() => server = await FakeCustomerIo.StartAsync();

        public async Task DisposeAsync() => await server.DisposeAsync();

        [Fact]
        public async Task ParallelRequestsShareOneRunAndLaterOnesGetTheCachedResult()
        {
            await using var app = await HealthApp.StartAsync(services => services.AddHealthChecks().AddCustomerIo(Configure));

            var first = await app.GetManyAsync(200);
            var second = await app.GetManyAsync(100);

            Assert.All(first.Concat(second), status => Assert.Equal(HttpStatusCode.OK, status));
            Assert.Single(server.RequestsTo(FakeCustomerIo.RegionPath));
            Assert.Single(server.RequestsTo(FakeCustomerIo.TransactionalPath));
        }

        [Fact]
        public async Task ANewRunStartsOnceTheCachePeriodIsOver()
        {
            await using var app = await HealthApp.StartAsync(services => services.AddHealthChecks().AddCustomerIo(o =>
            {
                Configure(o);
                o.HealthyCacheDuration = TimeSpan.FromMilliseconds(300);
            }));

            await app.GetManyAsync(20);
            await Task.Delay(TimeSpan.FromMilliseconds(600));
            await app.GetManyAsync(20);

            Assert.Equal(2, server.RequestsTo(FakeCustomerIo.RegionPath).Count);
            Assert.Equal(2, server.RequestsTo(FakeCustomerIo.TransactionalPath).Count);
        }

        [Fact]
        public async Task AFailingCustomerIoIsCalledOncePerEndpointPerPollWhateverMaxRetriesSays()
        {
            AnswerEverything(500, retryAfter: null);
            await using var app = await HealthApp.StartAsync(services => services.AddHealthChecks().AddCustomerIo(o =>
            {
                Configure(o);
                o.MaxRetries = 3;
            }));

            var statuses = await app.GetManyAsync(50);

            Assert.All(statuses, status => Assert.Equal(HttpStatusCode.ServiceUnavailable, status));
            Assert.Single(server.RequestsTo(FakeCustomerIo.RegionPath));
            Assert.Single(server.RequestsTo(FakeCustomerIo.TransactionalPath));
        }

        [Fact]
        public async Task RetryAfterHoldsOffTheNextCallBeyondTheCachePeriod()
        {
            AnswerEverything(429, retryAfter: "2");
            await using var app = await HealthApp.StartAsync(services => services.AddHealthChecks().AddCustomerIo(o =>
            {
                Configure(o);
                o.UnhealthyCacheDuration = TimeSpan.FromMilliseconds(100);
            }));
            var clock = Stopwatch.StartNew();

            await app.GetManyAsync(10);
            await Task.Delay(TimeSpan.FromMilliseconds(700));
            await app.GetManyAsync(10);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1.8), $"the second poll came {clock.Elapsed} after the first: too late to tell");
            var withinRetryAfter = server.RequestsTo(FakeCustomerIo.RegionPath).Count;

            await Task.Delay(TimeSpan.FromSeconds(2.3) - clock.Elapsed);
            await app.GetManyAsync(10);

            Assert.Equal(1, withinRetryAfter);
            Assert.Equal(2, server.RequestsTo(FakeCustomerIo.RegionPath).Count);
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task AnAppWideStandardResilienceHandlerDoesNotStackOnTheProbes(bool defaultsFirst)
        {
            AnswerEverything(500, retryAfter: null);
            await using var app = await HealthApp.StartAsync(services =>
            {
                // What Aspire's ServiceDefaults do for every HttpClient of the app.
                if (defaultsFirst)
                {
                    services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
                }

                services.AddHealthChecks().AddCustomerIo(Configure);
                if (!defaultsFirst)
                {
                    services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
                }
            });
            var clock = Stopwatch.StartNew();

            var statuses = await app.GetManyAsync(5);

            Assert.All(statuses, status => Assert.Equal(HttpStatusCode.ServiceUnavailable, status));
            Assert.Single(server.RequestsTo(FakeCustomerIo.RegionPath));
            Assert.Single(server.RequestsTo(FakeCustomerIo.TransactionalPath));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
            var chain = Chain(app.Services.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(CustomerIoHealthCheckRegistration.ClientName(CustomerIoHealthCheck.DefaultName)));
            Assert.Single(chain, h => h is ResilienceHandler);
            Assert.IsType<AttemptCountingHandler>(chain[chain.FindIndex(h => h is ResilienceHandler) + 1]);
        }

        private void AnswerEverything(int status, string? retryAfter)
        {
            foreach (var path in new[] { FakeCustomerIo.RegionPath, FakeCustomerIo.TransactionalPath })
            {
                server.Override(path, (context, _) =>
                {
                    if (retryAfter is not null)
                    {
                        context.Response.Headers.RetryAfter = retryAfter;
                    }

                    return FakeCustomerIo.Json(context, status, """{"meta":{"error":"try later"}}""");
                });
            }
        }

        private void Configure(CustomerIoProbeOptions options)
        {
            options.SiteId = FakeCustomerIo.SiteId;
            options.TrackApiKey = FakeCustomerIo.TrackKey;
            options.AppApiKey = FakeCustomerIo.AppKey;
            options.Region = "us";
            options.TrackUrl = server.BaseUrl.ToString();
            options.AppUrl = server.BaseUrl.ToString();
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(50);
        }

        private static List<HttpMessageHandler> Chain(HttpMessageHandler handler)
        {
            var chain = new List<HttpMessageHandler> { handler };
            while (chain[^1] is DelegatingHandler { InnerHandler: { } inner })
            {
                chain.Add(inner);
            }

            return chain;
        }

        /// <summary>A minimal app on loopback exposing /health, and a client polling it.</summary>
        private sealed class HealthApp : IAsyncDisposable
        {
            private readonly WebApplication app;
            private readonly HttpClient client;

            private HealthApp(WebApplication app, Uri address)
            {
                this.app = app;
                client = new HttpClient { BaseAddress = address };
            }

            public IServiceProvider Services => this.app.Services;

            public static async Task<HealthApp> StartAsync(Action<IServiceCollection> configure)
            {
                var builder = WebApplication.CreateSlimBuilder();
                builder.Logging.ClearProviders();
                builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
                configure(builder.Services);
                var app = builder.Build();
                app.MapHealthChecks("/health");
                await app.StartAsync();
                var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
                return new HealthApp(app, new Uri(address));
            }

            /// <summary>Sends <paramref name="count"/> requests at once and returns their statuses.</summary>
            public async Task<HttpStatusCode[]> GetManyAsync(int count) =>
                await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
                {
                    using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                    OutputLog.Record("health endpoint", await response.Content.ReadAsStringAsync(), FakeCustomerIo.SiteId, FakeCustomerIo.TrackKey, FakeCustomerIo.AppKey);
                    return response.StatusCode;
                }));

            public async ValueTask DisposeAsync()
            {
                client.Dispose();
                await this.app.StopAsync();
                await this.app.DisposeAsync();
            }
        }
    }
}
