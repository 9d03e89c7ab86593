using System.Threading.Tasks;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class MalformedAuthorizationRuleTests
    {
        /// <summary>The namespaces these tests use beyond an SDK project's implicit usings.</summary>
        private const string Usings = """
            using System.Net.Http.Headers;
            using Microsoft.Extensions.DependencyInjection;

            """;

        private static Task Verify(string code) => VerifyRule<MalformedAuthorizationRule>.Analyzer(Usings + code);

        [Fact]
        public Task TrackCredentialsNotEncodedOrEncodedAlone() => Verify("""
            class TrackClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };

                void RawKey(string apiKey) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", {|CIO2005:apiKey|});

                void RawPair(string siteId, string apiKey) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", {|CIO2005:$"{siteId}:{apiKey}"|});

                void KeyAlone(IConfiguration configuration)
                    => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", {|CIO2005:Convert.ToBase64String(Encoding.UTF8.GetBytes(configuration["CustomerIO:TrackApiKey"]!))|});

                void Joined(string siteId, string trackApiKey)
                {
                    var token = Convert.ToBase64String(Encoding.ASCII.GetBytes(siteId + trackApiKey));
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", {|CIO2005:token|});
                }

                void RawKeyInText(string apiKey) => http.DefaultRequestHeaders.Add("Authorization", {|CIO2005:$"Basic {apiKey}"|});

                void RawPairInText(string siteId, string apiKey) => http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", {|CIO2005:"Basic " + siteId + ":" + apiKey|});

                void SchemeTwice(string token) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", {|CIO2005:$"Basic {token}"|});

                void SchemeTwiceInText(string token) => http.DefaultRequestHeaders.Add("authorization", {|CIO2005:"Basic Basic " + token|});

                void Bearer(string apiKey) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue({|CIO2005:"Bearer"|}, apiKey);

                void BearerInText(string token) => http.DefaultRequestHeaders.Add("Authorization", {|CIO2005:$"Bearer {token}"|});

                void CommittedPair() => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", {|CIO2005:"a3f9c2e81b7d4f06e5c9:9e4b7a2c5d8f1e3a6b0c"|});
            }
            """);

        [Fact]
        public Task AppApiWithBasicOrAnEncodedPair() => Verify("""
            class Messages
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://api.customer.io/v1/") };

                void Basic(string appApiKey) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue({|CIO2005:"Basic"|}, appApiKey);

                void BasicInText(string appApiKey) => http.DefaultRequestHeaders.Add("Authorization", {|CIO2005:$"Basic {appApiKey}"|});

                void EncodedPair(string siteId, string apiKey)
                    => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", {|CIO2005:Convert.ToBase64String(Encoding.UTF8.GetBytes($"{siteId}:{apiKey}"))|});

                void SchemeTwice(string appApiKey) => http.DefaultRequestHeaders.Add("Authorization", {|CIO2005:"Bearer Bearer " + appApiKey|});
            }
            """);

        [Fact]
        public Task ARequestGoesWhereItsUrlSays() => Verify("""
            class Gateway
            {
                // This type names both APIs: only the request's own URL says which one a header is for.
                const string Track = "https://track.customer.io/api/v1/";
                const string App = "https://api.customer.io/v1/";

                async Task Send(HttpClient http, string appApiKey, string trackApiKey)
                {
                    var email = new HttpRequestMessage(HttpMethod.Post, App + "send/email");
                    email.Headers.Authorization = new AuthenticationHeaderValue({|CIO2005:"Basic"|}, appApiKey);
                    await http.SendAsync(email);

                    var identify = new HttpRequestMessage(HttpMethod.Put, new Uri("https://track-eu.customer.io/api/v1/customers/42"));
                    identify.Headers.Authorization = new AuthenticationHeaderValue("Basic", {|CIO2005:trackApiKey|});
                    await http.SendAsync(identify);

                    // Created without a URL: the type names both APIs, so nothing says which one this is for.
                    var later = new HttpRequestMessage { Method = HttpMethod.Get, RequestUri = new Uri(App + "transactional") };
                    later.Headers.Authorization = new AuthenticationHeaderValue("Basic", appApiKey);
                    await http.SendAsync(later);
                }
            }
            """);

        [Fact]
        public Task NamedClientsAndRegistrations() => Verify("""
            static class Registration
            {
                public static void AddCustomerIo(IServiceCollection services, string appApiKey)
                {
                    services.AddHttpClient("cio-track", c => c.BaseAddress = new Uri("https://track.customer.io/api/v1/"));
                    services.AddHttpClient("cio-app", c =>
                    {
                        c.BaseAddress = new Uri("https://api.customer.io/v1/");
                        c.DefaultRequestHeaders.Add("Authorization", {|CIO2005:$"Basic {appApiKey}"|});
                    });
                }
            }

            class Sync(IHttpClientFactory factory)
            {
                void Authorize(string apiKey)
                {
                    var track = factory.CreateClient("cio-track");
                    track.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue({|CIO2005:"Bearer"|}, apiKey);
                }
            }
            """);

        [Fact]
        public Task TypedClientsFollowTheirRegistration() => Verify("""
            static class Registration
            {
                public static void AddCustomerIo(IServiceCollection services)
                    => services.AddHttpClient<TrackClient>(c => c.BaseAddress = new Uri("https://track.customer.io/api/v1/"));
            }

            class TrackClient(HttpClient http)
            {
                public void Authorize(string siteId, string apiKey) => http.DefaultRequestHeaders.Add("Authorization", {|CIO2005:$"Basic {siteId}{apiKey}"|});
            }

            class ConfiguredClient
            {
                private readonly HttpClient http;

                // The address comes from configuration: nothing says this client is Customer.io's.
                public ConfiguredClient(HttpClient http, IConfiguration configuration)
                {
                    this.http = http;
                    http.BaseAddress = new Uri(configuration["CustomerIO:TrackUrl"]!);
                    http.DefaultRequestHeaders.Add("Authorization", $"Bearer {configuration["CustomerIO:TrackApiKey"]}");
                }
            }
            """);

        [Fact]
        public Task CorrectHeadersAreSilent() => Verify("""
            class TrackClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };

                void Pair(string siteId, string apiKey)
                    => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{siteId}:{apiKey}")));

                void PairInText(string siteId, string apiKey)
                {
                    var credentials = Encoding.ASCII.GetBytes(siteId + ":" + apiKey);
                    http.DefaultRequestHeaders.Add("Authorization", "Basic " + Convert.ToBase64String(credentials));
                }

                // A key with an empty password, as some clients send it: not judged.
                void KeyWithEmptyPassword(string apiKey)
                    => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{apiKey}:")));

                void KeyWithEmptyPasswordInText(HttpRequestMessage request, TrackSettings settings)
                    => request.Headers.Add("Authorization", $"Basic {Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.ApiKey}:"))}");

                // Values whose shape is not known are not judged.
                void Unknown(string token, string credentials, Func<string> next)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", next());
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
                    http.DefaultRequestHeaders.Add("Authorization", token);
                    http.DefaultRequestHeaders.Add("X-Request-Id", $"Basic {token}");
                }
            }

            class TrackSettings { public string ApiKey { get; set; } = ""; }

            class Messages
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://api-eu.customer.io/v1/") };

                void Bearer(string appApiKey, IConfiguration configuration)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", appApiKey);
                    http.DefaultRequestHeaders.Add("Authorization", $"Bearer {configuration["CustomerIO:AppApiKey"]}");
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("bearer", Convert.ToBase64String(Encoding.UTF8.GetBytes(appApiKey)));
                }
            }
            """);

        [Fact]
        public Task OtherHostsAndAmbiguousTypesAreSilent() => Verify("""
            class Payments
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://api.stripe.com/v1/") };

                void Authorize(string apiKey, string siteId) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", $"{siteId}:{apiKey}");
            }

            class Pipelines
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://cdp.customer.io/v1/") };

                void Authorize(string writeKey) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", writeKey);
            }

            class BothApis
            {
                private readonly HttpClient track = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };
                private readonly HttpClient app = new() { BaseAddress = new Uri("https://api.customer.io/v1/") };

                void Authorize(HttpClient client, string apiKey) => client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
            }

            class Mixed
            {
                const string Track = "https://track.customer.io/api/v1/";

                async Task Send(HttpClient http, string apiKey)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://api.github.com/user");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
                    await http.SendAsync(request);
                }
            }

            static class Registration
            {
                public static void Add(IServiceCollection services, string apiKey)
                {
                    services.AddHttpClient("github", c => c.BaseAddress = new Uri("https://api.github.com/"));
                    services.AddHttpClient("zendesk", c =>
                    {
                        c.BaseAddress = new Uri("https://acme.zendesk.com/api/v2/");
                        c.DefaultRequestHeaders.Add("Authorization", $"Basic {apiKey}");
                    });
                }
            }

            class Sync(IHttpClientFactory factory)
            {
                void Authorize(string apiKey) => factory.CreateClient("github").DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", apiKey);
            }
            """);

        [Fact]
        public Task LookAlikesAreSilent() => Verify("""
            namespace Acme
            {
                class AuthenticationHeaderValue { public AuthenticationHeaderValue(string scheme, string parameter) { } }

                class Headers
                {
                    public AuthenticationHeaderValue? Authorization { get; set; }
                    public void Add(string name, string value) { }
                }

                class TrackClient
                {
                    const string Host = "https://track.customer.io/api/v1/";
                    private readonly Headers headers = new();

                    void Authorize(string apiKey)
                    {
                        headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
                        headers.Add("Authorization", $"Basic {apiKey}");
                    }
                }
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<MalformedAuthorizationRule>.Analyzer(LookAlikes.Sending("string", "Environment.GetEnvironmentVariable(\"CUSTOMERIO_TRACK_API_KEY\")!"));

        [Fact]
        public Task ReportedOnTheSchemeWithTheHeaderWrite() => VerifyRule<MalformedAuthorizationRule>.Placement(
            Usings + """
                class Messages
                {
                    private readonly HttpClient http = new() { BaseAddress = new Uri("https://api.customer.io/v1/") };

                    void Authorize(string appApiKey)
                    {
                        {|#1:http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                            {|#0:"Basic"|},
                            appApiKey)|};
                    }
                }
                """,
            new DiagnosticResult(MalformedAuthorizationRule.Rule).WithLocation(0).WithLocation(1).WithLocation(0)
                .WithArguments("App", "takes the App API key as a Bearer token, not Basic auth"));
    }
}
