using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.Settings
{
    /// <summary>
    /// A configured Customer.io URL kept in a local, field or property before it is given to a client ties the client
    /// as the direct read does; kept from another service's setting, it ties nothing.
    /// </summary>
    public class ConfiguredAddressFlowTests
    {
        private const string Settings = """
            {
              "CustomerIO": { "TrackUrl": "https://track.customer.io/api/v1/" },
              "Crm": { "Url": "https://crm.example.com/" }
            }
            """;

        private static Task Verify<TRule>(string code)
            where TRule : SinkRule, new()
            => VerifyRule<TRule>.AnalyzerWithFiles(code, ("/0/appsettings.json", Settings));

        [Fact]
        public Task ThroughALocalAFieldAndAProperty() => Verify<UnescapedPathSegmentRule>("""
            using Microsoft.Extensions.Configuration;

            class ByLocal
            {
                private readonly HttpClient http;

                public ByLocal(HttpClient http, IConfiguration configuration)
                {
                    var trackUrl = configuration["CustomerIO:TrackUrl"] ?? throw new InvalidOperationException("CustomerIO:TrackUrl is not set");
                    http.BaseAddress = new Uri(trackUrl);
                    this.http = http;
                }

                Task Forget(string id) => http.DeleteAsync("customers/" + {|CIO3001:id|});
            }

            class ByField
            {
                private readonly string trackUrl;
                private readonly HttpClient http;

                public ByField(IConfiguration configuration)
                {
                    trackUrl = configuration.GetSection("CustomerIO")["TrackUrl"]!;
                    http = new HttpClient { BaseAddress = new Uri(trackUrl) };
                }

                Task Forget(string id) => http.DeleteAsync($"customers/{{|CIO3001:id|}}");
            }

            class ByProperty(IConfiguration configuration)
            {
                private Uri TrackUrl => new(configuration.GetValue<string>("CustomerIO:TrackUrl")!);

                Task Forget(string id)
                {
                    var http = new HttpClient();
                    http.BaseAddress = TrackUrl;
                    return http.DeleteAsync("customers/" + {|CIO3001:id|});
                }
            }
            """);

        [Fact]
        public Task ANamedClientRegisteredThroughALocal() => Verify<UncheckedResponseRule>("""
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            static class Registration
            {
                public static void Add(IServiceCollection services, IConfiguration configuration)
                {
                    services.AddHttpClient("cio", c =>
                    {
                        var url = configuration["CustomerIO:TrackUrl"]!;
                        c.BaseAddress = new Uri(url);
                    });
                    services.AddHttpClient("crm", c =>
                    {
                        var url = configuration["Crm:Url"]!;
                        c.BaseAddress = new Uri(url);
                    });
                }
            }

            class Sync(IHttpClientFactory factory)
            {
                async Task Forget(string id)
                {
                    var cio = factory.CreateClient("cio");
                    {|CIO3002:await cio.DeleteAsync($"customers/{Uri.EscapeDataString(id)}")|};
                    var crm = factory.CreateClient("crm");
                    await crm.DeleteAsync($"customers/{Uri.EscapeDataString(id)}");
                }
            }
            """);

        [Fact]
        public Task AnotherServicesAddressKeptTheSameWayTiesNothing() => Verify<UnescapedPathSegmentRule>("""
            using Microsoft.Extensions.Configuration;

            class Crm
            {
                private readonly string url;
                private readonly HttpClient http;

                public Crm(IConfiguration configuration)
                {
                    url = configuration["Crm:Url"]!;
                    http = new HttpClient { BaseAddress = new Uri(url) };
                }

                // The type also reads the Customer.io setting, for a link: the client is the CRM's.
                string Link() => configuration["CustomerIO:TrackUrl"] + "/docs";

                private readonly IConfiguration configuration = null!;

                Task Forget(string id) => http.DeleteAsync("customers/" + id);
            }

            class Mixed
            {
                private string url;
                private readonly HttpClient http;

                public Mixed(IConfiguration configuration, bool crm)
                {
                    url = configuration["CustomerIO:TrackUrl"]!;
                    if (crm)
                    {
                        url = configuration["Crm:Url"]!;
                    }

                    http = new HttpClient { BaseAddress = new Uri(url) };
                }

                Task Forget(string id) => http.DeleteAsync("customers/" + id);
            }
            """);
    }
}
