using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.Settings
{
    /// <summary>
    /// A client whose BaseAddress is read from a setting that the configuration files set to a Customer.io URL is tied to
    /// that API, as if the URL were written in C#: the rules then read the requests it sends.
    /// </summary>
    public class ConfiguredHostTests
    {
        private const string TrackSettings = """
            {
              "CustomerIO": {
                "TrackUrl": "https://track.customer.io/api/v1/", // the US account
                "AppUrl": "https://api.customer.io/"
              },
              "Crm": { "Url": "https://crm.example.com/" },
              "ConnectionStrings": { "CustomerIoTrack": "https://track-eu.customer.io/api/v1/" }
            }
            """;

        private static Task Verify<TRule>(string code, params (string Path, string Text)[] files)
            where TRule : SinkRule, new()
            => VerifyRule<TRule>.AnalyzerWithFiles(code, files);

        [Fact]
        public Task ATypedClientWhoseConstructorReadsTheSettingEveryWay() => Verify<UnescapedPathSegmentRule>(
            """
            using Microsoft.Extensions.Configuration;

            class ByIndexer(HttpClient http, IConfiguration configuration)
            {
                private readonly HttpClient client = Configure(http, configuration);

                static HttpClient Configure(HttpClient http, IConfiguration configuration)
                {
                    http.BaseAddress = new Uri(configuration["CustomerIO:TrackUrl"]!);
                    return http;
                }

                Task Forget(string id) => client.DeleteAsync("customers/" + {|CIO3001:id|});
            }

            class BySection
            {
                private readonly HttpClient http;

                public BySection(HttpClient http, IConfiguration configuration)
                {
                    http.BaseAddress = new Uri(configuration.GetSection("customerio")["trackurl"]!);
                    this.http = http;
                }

                Task Forget(string id) => http.DeleteAsync($"customers/{{|CIO3001:id|}}");
            }

            class ByGetValue
            {
                private readonly HttpClient http;

                public ByGetValue(HttpClient http, IConfiguration configuration)
                {
                    http.BaseAddress = new Uri(configuration.GetSection("CustomerIO").GetValue<string>("TrackUrl")!);
                    this.http = http;
                }

                Task Forget(string id) => http.DeleteAsync($"customers/{{|CIO3001:id|}}");
            }

            class ByConnectionString
            {
                private readonly HttpClient http;

                public ByConnectionString(HttpClient http, IConfiguration configuration)
                {
                    http.BaseAddress = new Uri(configuration.GetConnectionString("CustomerIoTrack")!);
                    this.http = http;
                }

                Task Forget(string id) => http.DeleteAsync($"customers/{{|CIO3001:id|}}");
            }
            """,
            ("/0/appsettings.json", TrackSettings));

        [Fact]
        public Task NamedAndTypedClientsRegisteredWithAConfiguredUrl() => Verify<UncheckedResponseRule>(
            """
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            static class Registration
            {
                public static void Add(IServiceCollection services, IConfiguration configuration)
                {
                    services.AddHttpClient("cio", c => c.BaseAddress = new Uri(configuration["CustomerIO:TrackUrl"]!));
                    services.AddHttpClient<Messages>(c => c.BaseAddress = new Uri(configuration["CustomerIO:AppUrl"]!));
                    services.AddHttpClient("crm", c => c.BaseAddress = new Uri(configuration["Crm:Url"]!));
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

            class Messages(HttpClient http)
            {
                async Task Send() { {|CIO3002:await http.PostAsJsonAsync("v1/send/email", new { transactional_message_id = 3, to = "a@example.com", identifiers = new { id = "1" } })|}; }
            }
            """,
            ("/0/appsettings.json", TrackSettings));

        [Fact]
        public Task OptionsClassesBoundToTheSectionEveryWay() => Verify<UnescapedPathSegmentRule>(
            """
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Options;

            public sealed class CioOptions { public string TrackUrl { get; set; } = ""; }
            public sealed class CrmOptions { public string TrackUrl { get; set; } = ""; }
            public sealed class LegacyOptions { public string TrackUrl { get; set; } = ""; }

            static class Registration
            {
                public static void Add(IServiceCollection services, IConfiguration configuration)
                {
                    services.Configure<CioOptions>(configuration.GetSection("CustomerIO"));
                    services.AddOptions<CrmOptions>().Bind(configuration.GetSection("Crm"));
                    var legacy = configuration.GetSection("CustomerIO").Get<LegacyOptions>();
                }
            }

            class TrackClient
            {
                private readonly HttpClient http;

                public TrackClient(HttpClient http, IOptions<CioOptions> options)
                {
                    http.BaseAddress = new Uri(options.Value.TrackUrl);
                    this.http = http;
                }

                Task Forget(string id) => http.DeleteAsync("customers/" + {|CIO3001:id|});
            }

            class CrmClient
            {
                private readonly HttpClient http;

                public CrmClient(HttpClient http, IOptionsMonitor<CrmOptions> options)
                {
                    http.BaseAddress = new Uri(options.CurrentValue.TrackUrl);
                    this.http = http;
                }

                Task Forget(string id) => http.DeleteAsync("customers/" + id);
            }
            """,
            ("/0/appsettings.json", """{ "CustomerIO": { "TrackUrl": "https://track.customer.io/api/v1/" }, "Crm": { "TrackUrl": "https://crm.example.com/" } }"""));

        [Fact]
        public Task HeadersOfAClientCreatedWithAConfiguredUrl() => Verify<MalformedAuthorizationRule>(
            """
            using System.Net.Http.Headers;
            using Microsoft.Extensions.Configuration;

            class Messages
            {
                void Create(IConfiguration configuration, string appApiKey)
                {
                    var http = new HttpClient { BaseAddress = new Uri(configuration["CustomerIO:AppUrl"]!) };
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue({|CIO2005:"Basic"|}, appApiKey);
                    var crm = new HttpClient { BaseAddress = new Uri(configuration["Crm:Url"]!) };
                    crm.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", appApiKey);
                }
            }
            """,
            ("/0/appsettings.json", TrackSettings));

        [Fact]
        public Task WebConfigAppSettingsReadThroughConfigurationManager() => Verify<UnescapedPathSegmentRule>(
            """
            class Legacy
            {
                private static readonly HttpClient Http = new() { BaseAddress = new Uri(System.Configuration.ConfigurationManager.AppSettings["CustomerIOTrackingEndpoint"]!) };

                Task Forget(string id) => Http.DeleteAsync("customers/" + {|CIO3001:id|});
            }

            namespace System.Configuration
            {
                public static class ConfigurationManager
                {
                    public static System.Collections.Specialized.NameValueCollection AppSettings { get; } = new();
                }
            }
            """,
            ("/0/Web.config", """
                <configuration>
                  <appSettings>
                    <add key="CustomerIOTrackingEndpoint" value="https://track.customer.io/api/v1/" />
                  </appSettings>
                </configuration>
                """));

        [Fact]
        public Task OtherHostsDisagreeingFilesEmptyValuesAndUnknownKeysTieNothing() => Verify<UnescapedPathSegmentRule>(
            """
            using Microsoft.Extensions.Configuration;

            class Crm(IConfiguration configuration)
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri(configuration["Crm:Url"]!) };

                Task Forget(string id) => http.DeleteAsync("customers/" + id);
            }

            class MockedInDevelopment(IConfiguration configuration)
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri(configuration["CustomerIO:TrackUrl"]!) };

                Task Forget(string id) => http.DeleteAsync("customers/" + id);
            }

            class SetByTheEnvironmentOnly(IConfiguration configuration)
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri(configuration["CustomerIO:AppUrl"]!) };

                Task Forget(string id) => http.DeleteAsync("customers/" + id);
            }

            class NotConfigured(IConfiguration configuration)
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri(configuration["Elsewhere:Url"]!) };

                Task Forget(string id) => http.DeleteAsync("customers/" + id);
            }
            """,
            ("/0/appsettings.json", """{ "CustomerIO": { "TrackUrl": "https://track.customer.io/api/v1/", "AppUrl": "" }, "Crm": { "Url": "https://crm.example.com/" } }"""),
            ("/0/appsettings.Development.json", """{ "CustomerIO": { "TrackUrl": "http://localhost:5005/api/v1/" } }"""));

        [Fact]
        public Task WithoutTheConfigurationFileTheSameCodeIsSilent() => Verify<UnescapedPathSegmentRule>(
            """
            using Microsoft.Extensions.Configuration;

            class TrackClient(IConfiguration configuration)
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri(configuration["CustomerIO:TrackUrl"]!) };

                Task Forget(string id) => http.DeleteAsync("customers/" + id);
            }
            """,
            ("/0/appsettings.json", """{ "CustomerIO": { "SiteId": "abc" } }"""));
    }
}
