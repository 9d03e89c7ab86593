using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class MaybeMissingCredentialRuleTests
    {
        /// <summary>The namespaces these tests use beyond an SDK project's implicit usings.</summary>
        private const string Usings = """
            using System.Net.Http.Headers;

            """;

        private static Task Verify(string code) => VerifyRule<MaybeMissingCredentialRule>.Analyzer(Usings + code);

        private static Task Fix(string code, string fixedCode) => VerifyRule<MaybeMissingCredentialRule>.Fix<ThrowWhenCredentialMissingCodeFix>(Usings + code, Usings + fixedCode);

        [Fact]
        public Task AuthorizationHeadersOfCustomerIoClientsAndRequests() => Verify("""
            class Messages
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://api.customer.io/v1/") };

                void Authorize(IConfiguration configuration)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", {|CIO2001:configuration["CustomerIO:AppApiKey"]|});
                    http.DefaultRequestHeaders.Add("Authorization", $"Bearer {{|CIO2001:Environment.GetEnvironmentVariable("CUSTOMERIO_APP_API_KEY")|}}");
                }
            }

            class Sync
            {
                // The type names another host too: the request's own URL ties the header.
                const string Status = "https://status.example.com/";

                async Task Identify(HttpClient http, IConfiguration configuration)
                {
                    var request = new HttpRequestMessage(HttpMethod.Put, "https://track.customer.io/api/v1/customers/42");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{{|CIO2001:configuration["CustomerIO:SiteId"]|}}:{{|CIO2001:configuration["CustomerIO:TrackApiKey"]|}}")));
                    request.Headers.TryAddWithoutValidation("Authorization", $"Basic {{|CIO2001:configuration["CustomerIO:SiteId"]|}}:{{|CIO2001:configuration["CustomerIO:TrackApiKey"]|}}");
                    await http.SendAsync(request);
                }
            }

            class Payments
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://api.stripe.com/v1/") };

                void Authorize(IConfiguration configuration) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", configuration["Stripe:ApiKey"]);
            }
            """);

        [Fact]
        public Task CustomerIoSharpFromEnvironmentAndConfiguration() => Verify("""
            using CustomerIOSharp;

            class Setup
            {
                void Run(IConfiguration configuration)
                {
                    var cio = new CustomerIo({|CIO2001:Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID")|}, {|CIO2001:configuration["CustomerIO:ApiKey"]|});
                    var siteId = {|CIO2001:configuration.GetValue<string>("CustomerIO:SiteId")|};
                    var second = new CustomerIo(siteId, {|CIO2001:configuration.GetSection("CustomerIO:ApiKey").Value|}!);
                }
            }
            """);

        [Fact]
        public Task CustomerIoSharpAppApi() => VerifyRule<MaybeMissingCredentialRule>.Analyzer(Usings + """
            using CustomerIOSharp;

            class Setup
            {
                AppApi Create(IConfiguration configuration) => new AppApi({|CIO2001:configuration.GetConnectionString("CustomerIoApp")|});
            }
            """, StandIns.CustomerIoSharpTrackAndAppApi);

        [Fact]
        public Task NetSdkOptionsSegmentAndRudderStack() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;
            using CustomerIO.Net.Sdk.TrackApi.Models.Event;
            using CustomerIO.Net.Sdk.AppApi;
            using CustomerIO.Net.Sdk.AppApi.Models.Transactional;

            class Setup
            {
                void Run(IConfiguration configuration)
                {
                    var track = new CustomerIOTrackApiClient(new TrackApiOptions { ApiKey = {|CIO2001:configuration["CustomerIO:TrackKey"]|}, Host = TrackApiHosts.EU });
                    var app = new CustomerIOAppApiClient({|CIO2001:Environment.GetEnvironmentVariable("CUSTOMERIO_APP_API_KEY")|} ?? "");
                    Segment.Analytics.Initialize({|CIO2001:Environment.GetEnvironmentVariable("SEGMENT_WRITE_KEY")|});
                    var rudder = new RudderStack.RudderClient({|CIO2001:configuration["Rudder:WriteKey"]|});
                }
            }
            """);

        [Fact]
        public Task BasicAuthStringOfACustomerIoClient() => Verify("""
            class TrackClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };

                TrackClient()
                {
                    var siteId = {|CIO2001:Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID")|};
                    var apiKey = Environment.GetEnvironmentVariable("CUSTOMERIO_API_KEY") ?? throw new InvalidOperationException("CUSTOMERIO_API_KEY is not set");
                    var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{siteId}:{apiKey}"));
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
                }
            }
            """);

        [Fact]
        public Task BasicAuthInAPartOfATypeWhoseOtherPartNamesTheHost() => Verify("""
            partial class TrackClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };
            }

            partial class TrackClient
            {
                void Authorize()
                {
                    var siteId = {|CIO2001:Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID")|};
                    var apiKey = Environment.GetEnvironmentVariable("CUSTOMERIO_API_KEY") ?? throw new InvalidOperationException("CUSTOMERIO_API_KEY is not set");
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{siteId}:{apiKey}")));
                }
            }
            """);

        [Fact]
        public Task BasicAuthOfATypedClientRegisteredWithACustomerIoBaseAddress() => Verify("""
            using Microsoft.Extensions.DependencyInjection;

            static class Registration
            {
                public static IHttpClientBuilder Add(IServiceCollection services)
                    => services.AddHttpClient<TrackClient>(c => c.BaseAddress = new Uri("https://track.customer.io/api/v1/"));
            }

            class TrackClient
            {
                public TrackClient(HttpClient http, IConfiguration configuration)
                {
                    var siteId = configuration["CustomerIO:SiteId"] ?? throw new InvalidOperationException("CustomerIO:SiteId is not set");
                    var apiKey = {|CIO2001:configuration["CustomerIO:ApiKey"]|};
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{siteId}:{apiKey}")));
                }
            }
            """);

        [Fact]
        public Task BasicAuthInAClientRegistrationWithACustomerIoBaseAddress() => Verify("""
            using Microsoft.Extensions.DependencyInjection;

            static class Registration
            {
                public static void Add(IServiceCollection services, IConfiguration configuration)
                {
                    services.AddHttpClient("customerio", c =>
                    {
                        c.BaseAddress = new Uri("https://track.customer.io/api/v1/");
                        c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{{|CIO2001:configuration["CustomerIO:SiteId"]|}}:{{|CIO2001:configuration["CustomerIO:ApiKey"]|}}")));
                    });
                    services.AddHttpClient("crm", c =>
                    {
                        c.BaseAddress = new Uri(configuration["Crm:Url"]!);
                        c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{configuration["Crm:User"]}:{configuration["Crm:Password"]}")));
                    });
                }
            }
            """);

        [Fact]
        public Task BasicAuthInAClassThatAlsoTalksToAnotherServiceIsSilent() => Verify("""
            class Notifier
            {
                private readonly HttpClient customerIo = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };
                private readonly HttpClient sms = new() { BaseAddress = new Uri("https://api.sms.example.com/2010-04-01/") };

                Notifier()
                {
                    var account = Environment.GetEnvironmentVariable("SMS_ACCOUNT");
                    var token = Environment.GetEnvironmentVariable("SMS_TOKEN");
                    sms.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{account}:{token}")));
                }
            }
            """);

        [Fact]
        public Task GuardedValuesAreSilent() => Verify("""
            using CustomerIOSharp;

            class Setup
            {
                void Run(IConfiguration configuration)
                {
                    var siteId = Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID");
                    if (string.IsNullOrWhiteSpace(siteId)) throw new InvalidOperationException("CUSTOMERIO_SITE_ID is not set");
                    var apiKey = configuration["CustomerIO:ApiKey"];
                    ArgumentException.ThrowIfNullOrEmpty(apiKey);
                    new CustomerIo(siteId, apiKey);

                    var other = configuration["CustomerIO:Other"];
                    if (other is null) return;
                    new CustomerIo(other, configuration["CustomerIO:ApiKey"] ?? throw new InvalidOperationException("missing"));
                    new CustomerIo(configuration.GetValue<string>("CustomerIO:SiteId", "fallbacksiteid"), configuration["CustomerIO:ApiKey"] ?? "default-key-for-dev");
                    new CustomerIo("site", configuration.GetSection("CustomerIO")["AppKey"] is { Length: > 0 } key ? key : throw new InvalidOperationException());
                }
            }
            """);

        [Fact]
        public Task BaseConstructorCallsOfAClientSubclass() => Verify("""
            using CustomerIOSharp;

            class ConfiguredClient : CustomerIo
            {
                public ConfiguredClient(IConfiguration configuration)
                    : base({|CIO2001:configuration["CustomerIO:SiteId"]|}, configuration["CustomerIO:ApiKey"] ?? throw new InvalidOperationException("CustomerIO:ApiKey is not set"))
                {
                }

                public ConfiguredClient(string apiKey)
                    : base({|CIO2001:Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID")|}, apiKey)
                {
                }
            }

            class Settings
            {
                public Settings(string siteId, string apiKey) { }
            }

            class LookAlike : Settings
            {
                public LookAlike() : base(Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID")!, Environment.GetEnvironmentVariable("CUSTOMERIO_API_KEY")!) { }
            }
            """);

        [Fact]
        public Task LookAlikesAndOtherDestinationsAreSilent() => Verify("""
            class CustomerIo { public CustomerIo(string siteId, string apiKey) { } }

            class Setup
            {
                void Run(IConfiguration configuration)
                {
                    new CustomerIo(Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID")!, configuration["CustomerIO:ApiKey"]!);
                    Console.WriteLine(Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID"));
                    var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Environment.GetEnvironmentVariable("USER")}:{Environment.GetEnvironmentVariable("PASS")}"));
                }
            }
            """);

        [Fact]
        public Task FixThrowsNamingTheSettingEverywhereWithFixAll() => Fix("""
            using CustomerIOSharp;

            class Setup
            {
                CustomerIo Create(IConfiguration configuration)
                {
                    var apiKey = {|CIO2001:configuration["CustomerIO:ApiKey"]|}!;
                    return new CustomerIo({|CIO2001:Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID")|}, apiKey);
                }

                CustomerIo CreateFor(string name) => new CustomerIo("site", {|CIO2001:Environment.GetEnvironmentVariable(name)|});
            }
            """, """
            using CustomerIOSharp;

            class Setup
            {
                CustomerIo Create(IConfiguration configuration)
                {
                    var apiKey = configuration["CustomerIO:ApiKey"] ?? throw new InvalidOperationException("CustomerIO:ApiKey is not set");
                    return new CustomerIo(Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID") ?? throw new InvalidOperationException("CUSTOMERIO_SITE_ID is not set"), apiKey);
                }

                CustomerIo CreateFor(string name) => new CustomerIo("site", Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException("The Customer.io credential is not configured"));
            }
            """);

        [Fact]
        public Task FixReplacesAnEmptyFallbackAndQualifiesWithoutUsingSystem() => VerifyRule<MaybeMissingCredentialRule>.FixWithoutImplicitUsings<ThrowWhenCredentialMissingCodeFix>("""
            class Setup
            {
                CustomerIOSharp.CustomerIo Create(bool eu)
                    => new CustomerIOSharp.CustomerIo({|CIO2001:System.Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID")|} ?? "", eu ? {|CIO2001:System.Environment.GetEnvironmentVariable("CUSTOMERIO_EU_KEY")|} : "dev-key");
            }
            """, """
            class Setup
            {
                CustomerIOSharp.CustomerIo Create(bool eu)
                    => new CustomerIOSharp.CustomerIo(System.Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID") ?? throw new System.InvalidOperationException("CUSTOMERIO_SITE_ID is not set"), eu ? System.Environment.GetEnvironmentVariable("CUSTOMERIO_EU_KEY") ?? throw new System.InvalidOperationException("CUSTOMERIO_EU_KEY is not set") : "dev-key");
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<MaybeMissingCredentialRule>.Analyzer(LookAlikes.Sending("string", "Environment.GetEnvironmentVariable(\"CUSTOMERIO_API_KEY\")"));
    }
}
