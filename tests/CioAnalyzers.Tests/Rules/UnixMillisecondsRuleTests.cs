using System.Threading.Tasks;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class UnixMillisecondsRuleTests
    {
        /// <summary>The namespaces these tests use beyond an SDK project's implicit usings.</summary>
        private const string Usings = """
            using System.Text.Json;
            using System.Text.Json.Serialization;

            """;

        private static Task Verify(string code) => VerifyRule<UnixMillisecondsRule>.Analyzer(Usings + code);

        [Fact]
        public Task NetSdkRequestPropertiesFromMilliseconds() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;
            using CustomerIO.Net.Sdk.TrackApi.Models.Event;
            using CustomerIO.Net.Sdk.AppApi;
            using CustomerIO.Net.Sdk.AppApi.Models.Transactional;

            class Sync
            {
                async Task Run(CustomerIOTrackApiClient track, CustomerIOAppApiClient app)
                {
                    await track.IdentifyCustomerAsync("u1", new IdentifyCustomerRequest { CreatedAt = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} });
                    var ms = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|};
                    await track.TrackEventAsync("u1", new TrackEventRequest { Name = "paid", Timestamp = ms });
                    var device = new DeviceRequest { Id = "d", LastUsed = (long){|CIO1001:(DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds|} };
                    await app.SendEmailAsync(new SendEmailRequest { To = "a@b.c", SendAt = {|CIO1001:1461866400000|} });
                }
            }
            """);

        [Fact]
        public Task PropertyAssignedAfterConstruction() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;
            using CustomerIO.Net.Sdk.TrackApi.Models.Event;

            class Sync
            {
                IdentifyCustomerRequest Build()
                {
                    var request = new IdentifyCustomerRequest();
                    request.Timestamp = (long){|CIO1001:(DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).TotalMilliseconds|};
                    return request;
                }
            }
            """);

        [Fact]
        public Task RawHttpAnonymousPayloads() => Verify("""
            class Sync
            {
                const string Track = "https://track.customer.io/api/v1";

                async Task Run(HttpClient http, string id)
                {
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/" + id, new { email = "a@b.c", created_at = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} });
                    await http.PostAsJsonAsync($"{Track}/customers/{Uri.EscapeDataString(id)}/events", new { name = "paid", timestamp = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|}, data = new { renewed_at = {|CIO1001:1700000000000|} } });
                    var url = string.Format("https://track-eu.customer.io/api/v1/customers/{0}/devices", id);
                    await http.PutAsJsonAsync(url, new { device = new { id = "tok", platform = "ios", last_used = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} } });
                }
            }
            """);

        [Fact]
        public Task RawHttpDictionaryAndSerializedPayloads() => Verify("""
            class Sync
            {
                async Task Run(HttpClient http, string id)
                {
                    await http.PutAsync($"https://track.customer.io/api/v1/customers/{id}", new StringContent(JsonSerializer.Serialize(new Dictionary<string, object> { ["email"] = "a@b.c", ["created_at"] = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} }), Encoding.UTF8, "application/json"));
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new Dictionary<string, long> { { "plan_started_at", {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} } });
                }
            }
            """);

        [Fact]
        public Task PayloadBuiltBeforeTheCallIsReportedOnTheValue() => Verify("""
            class Sync
            {
                async Task Run(HttpClient http, string id)
                {
                    var attributes = new Dictionary<string, object> { ["email"] = "a@b.c" };
                    attributes["_timestamp"] = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|};
                    var json = JsonSerializer.Serialize(attributes);
                    await http.PutAsync($"https://track.customer.io/api/v1/customers/{id}", new StringContent(json, Encoding.UTF8, "application/json"));
                }
            }
            """);

        /// <summary>System.Text.Json reads only [JsonPropertyName] and Newtonsoft.Json only [JsonProperty]: the other's attribute names nothing.</summary>
        [Fact]
        public Task EachSerializerReadsItsOwnNameAttribute() => Verify("""
            class StjBody
            {
                [JsonPropertyName("created_at")] public long Created { get; set; }
            }

            class NewtonsoftBody
            {
                [Newtonsoft.Json.JsonProperty("created_at")] public long Created { get; set; }
            }

            class Sync
            {
                async Task Run(HttpClient http, string id)
                {
                    var url = $"https://track.customer.io/api/v1/customers/{id}";
                    await http.PutAsJsonAsync(url, new StjBody { Created = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} });
                    await http.PutAsync(url, new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(new NewtonsoftBody { Created = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} })));

                    // Sent as "created" and "Created": attributes of the user's own, not Customer.io's created_at.
                    await http.PutAsJsonAsync(url, new NewtonsoftBody { Created = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
                    await http.PutAsync(url, new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(new StjBody { Created = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() })));
                }
            }

            namespace Newtonsoft.Json
            {
                [AttributeUsage(AttributeTargets.Property)]
                public sealed class JsonPropertyAttribute : Attribute { public JsonPropertyAttribute(string propertyName) { } }

                public static class JsonConvert { public static string SerializeObject(object? value) => ""; }
            }
            """);

        [Fact]
        public Task RequestMessageWithTypedPayload() => Verify("""
            class EventBody
            {
                [JsonPropertyName("name")] public string Name { get; set; } = "";
                [JsonPropertyName("timestamp")] public long Timestamp { get; set; }
                public long CreatedAt { get; set; }
            }

            class Sync
            {
                async Task Run(HttpClient http, string id, long createdMs)
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"https://track.customer.io/api/v1/customers/{id}/events"))
                    {
                        Content = JsonContent.Create(new EventBody { Name = "paid", Timestamp = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|}, CreatedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() }),
                    };
                    await http.SendAsync(request);
                }
            }
            """);

        [Fact]
        public Task CustomerIoSharpEventData() => Verify("""
            using CustomerIOSharp;

            class Sync
            {
                Task Run(CustomerIo cio) => cio.TrackEventAsync("renewed", new { renewed_at = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} }, null, "u1");
            }
            """);

        [Fact]
        public Task RelativePathsOfATypedClientRegisteredWithACustomerIoBaseAddress() => Verify("""
            using Microsoft.Extensions.DependencyInjection;

            static class Registration
            {
                public static void AddClients(IServiceCollection services)
                {
                    services.AddHttpClient<TrackClient>(c => c.BaseAddress = new Uri("https://track-eu.customer.io/api/v1/"));
                    services.AddHttpClient<IEvents, EventsClient>().ConfigureHttpClient(c =>
                    {
                        c.BaseAddress = new Uri("https://track.customer.io/api/v1/");
                        c.Timeout = TimeSpan.FromSeconds(10);
                    });
                    services.AddHttpClient<CrmClient>(c => c.BaseAddress = new Uri("https://crm.example.com/api/v1/"));
                    services.AddHttpClient<Helper>(c => c.BaseAddress = new Uri("https://track.customer.io/api/v1/"));
                }
            }

            class TrackClient(HttpClient http)
            {
                public Task Identify(string id) => http.PutAsJsonAsync($"customers/{id}", new { created_at = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} });
            }

            interface IEvents { Task Send(string id); }

            class EventsClient : IEvents
            {
                private readonly HttpClient http;

                public EventsClient(HttpClient http) => this.http = http;

                public Task Send(string id) => http.PostAsJsonAsync($"customers/{id}/events", new { name = "paid", timestamp = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} });
            }

            class CrmClient(HttpClient http)
            {
                public Task Identify(string id) => http.PutAsJsonAsync($"customers/{id}", new { created_at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
            }

            // Named like a registered client, but the client factory could not construct it with an HttpClient.
            class Helper
            {
                private readonly HttpClient http = new();

                public Task Identify(string id) => http.PutAsJsonAsync($"customers/{id}", new { created_at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
            }
            """);

        [Fact]
        public Task RelativePathsOfANamedClientRegisteredWithACustomerIoBaseAddress() => Verify("""
            using Microsoft.Extensions.DependencyInjection;

            static class Registration
            {
                public static void AddClients(IServiceCollection services)
                {
                    services.AddHttpClient("customerio", c => c.BaseAddress = new Uri("https://track.customer.io/api/v1/"));
                    services.AddHttpClient("crm").ConfigureHttpClient(c => c.BaseAddress = new Uri("https://crm.example.com/api/v1/"));
                }
            }

            class Sender(IHttpClientFactory factory)
            {
                private readonly HttpClient fromInitializer = factory.CreateClient("customerio");

                public Task Identify(string id)
                {
                    var http = factory.CreateClient("customerio");
                    return http.PutAsJsonAsync($"customers/{id}", new { created_at = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} });
                }

                public Task Track(string id) => fromInitializer.PostAsJsonAsync($"customers/{id}/events", new { name = "paid", timestamp = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} });

                public Task Direct(string id) => factory.CreateClient("customerio").PutAsJsonAsync($"customers/{id}", new { created_at = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} });
            }

            class ConstructorAssigned
            {
                private readonly HttpClient http;

                public ConstructorAssigned(IHttpClientFactory factory) => http = factory.CreateClient("customerio");

                public Task Identify(string id) => http.PutAsJsonAsync($"customers/{id}", new { created_at = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} });
            }

            // Names Customer.io's host, but sends these with the CRM's client: the registration decides, not the class.
            class Mirror(IHttpClientFactory factory)
            {
                public const string Docs = "https://track.customer.io/api/v1/";
                private readonly HttpClient crm = factory.CreateClient("crm");

                public Task Copy(string id) => crm.PutAsJsonAsync($"customers/{id}", new { created_at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });

                public Task CopyAgain(string id)
                {
                    var other = factory.CreateClient("crm");
                    return other.PutAsJsonAsync($"customers/{id}", new { created_at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
                }
            }
            """);

        [Fact]
        public Task RelativePathsInAClassThatAlsoTalksToAnotherServiceAreSilent() => Verify("""
            class Sync
            {
                private readonly HttpClient customerIo = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };
                private readonly HttpClient crm = new() { BaseAddress = new Uri("https://crm.example.com/api/v1/") };

                async Task Run(string id)
                {
                    await crm.PutAsJsonAsync($"customers/{id}", new { created_at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
                    await customerIo.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new { created_at = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} });
                }
            }

            class Configured(Microsoft.Extensions.Configuration.IConfiguration configuration)
            {
                private readonly HttpClient customerIo = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };
                private readonly HttpClient crm = new() { BaseAddress = new Uri(configuration["Crm:Url"]!) };

                Task Run(string id) => crm.PutAsJsonAsync($"customers/{id}", new { created_at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
            }

            class Mirror
            {
                private readonly HttpClient customerIo = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };
                private readonly HttpClient mirror;

                Mirror(string mirrorHost) => mirror = new HttpClient { BaseAddress = new Uri($"https://{mirrorHost}/api/v1/") };

                Task Run(string id) => mirror.PutAsJsonAsync($"customers/{id}", new { created_at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
            }
            """);

        [Fact]
        public Task RelativePathsOfAClientWhoseBaseAddressIsCustomerIo() => Verify("""
            class TrackClient
            {
                // Not an HTTP service: the class still talks over HTTP to Customer.io alone.
                private const string Cache = "redis://cache.internal:6379";
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track-eu.customer.io/api/v1/") };

                async Task Run(string id)
                {
                    await http.PutAsJsonAsync($"customers/{id}", new { created_at = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} });
                    await http.PostAsJsonAsync("/api/v2/entity", new { type = "person", action = "event", identifiers = new { id }, timestamp = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} });
                    await http.PostAsJsonAsync("metrics/latency", new { timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
                }
            }

            class OtherClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://crm.example.com/api/v1/") };

                Task Run(string id) => http.PutAsJsonAsync($"customers/{id}", new { created_at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
            }

            class PipelinesClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://cdp.customer.io/v1/") };

                Task Run() => http.PostAsJsonAsync("v1/track", new { timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
            }
            """);

        [Fact]
        public Task SecondsAndDividedValuesAreSilent() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;
            using CustomerIO.Net.Sdk.TrackApi.Models.Event;

            class Sync
            {
                async Task Run(CustomerIOTrackApiClient track, HttpClient http)
                {
                    var ms = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                    await track.IdentifyCustomerAsync("u1", new IdentifyCustomerRequest { CreatedAt = ms / 1000, Timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds() });
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u1", new { created_at = (long)(DateTime.UtcNow - DateTime.UnixEpoch).TotalSeconds, duration_ms = ms, timestamp = 1461866400 });
                    var changing = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                    changing /= 1000;
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u1", new { created_at = changing });
                }
            }
            """);

        [Fact]
        public Task MillisecondsThatNeverReachCustomerIoAreSilent() => Verify("""
            using Segment;

            class Telemetry
            {
                async Task Run(HttpClient http, Client segment)
                {
                    var ms = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                    Console.WriteLine(ms);
                    await http.PostAsJsonAsync("https://metrics.example.com/api/v1/customers/u1/events", new { timestamp = ms, created_at = ms });
                    await http.PostAsJsonAsync("https://cdp.customer.io/v1/track", new { userId = "u1", @event = "paid", timestamp = ms });
                    segment.Track("u1", "paid", new Dictionary<string, object> { ["timestamp"] = ms });
                    var pipelines = new CustomerIO.Net.Sdk.PipelinesApi.Models.TrackRequest { Event = "paid", Timestamp = DateTimeOffset.UtcNow.ToString("o"), Properties = new() { ["at"] = ms } };
                }
            }
            """);

        [Fact]
        public Task LookAlikeTypesAreSilent() => Verify("""
            namespace Acme.Crm
            {
                class IdentifyCustomerRequest { public long? CreatedAt { get; set; } }
                class CustomerIo { public Task TrackEventAsync(string name, object data) => Task.CompletedTask; }

                class Sync
                {
                    Task Run(CustomerIo mine)
                    {
                        var request = new IdentifyCustomerRequest { CreatedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() };
                        return mine.TrackEventAsync("paid", new { created_at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
                    }
                }
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<UnixMillisecondsRule>.Analyzer(LookAlikes.Sending("long", "DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()"));
    }
}
