using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class DateNotUnixSecondsRuleTests
    {
        /// <summary>The namespaces these tests use beyond an SDK project's implicit usings.</summary>
        private const string Usings = """
            using System.Text.Json;
            using System.Text.Json.Serialization;

            """;

        private static Task Verify(string code) => VerifyRule<DateNotUnixSecondsRule>.Analyzer(Usings + code);

        private static Task Fix(string code, string fixedCode, string? batchFixedCode = null)
            => VerifyRule<DateNotUnixSecondsRule>.Fix<SendDateAsUnixSecondsCodeFix>(Usings + code, Usings + fixedCode, batchFixedCode is null ? null : Usings + batchFixedCode);

        [Fact]
        public Task DatesInAnonymousPayloads() => Verify("""
            class Sync
            {
                async Task Run(HttpClient http, string id, DateTime signedUp, DateTimeOffset renewed)
                {
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new { email = "a@b.c", created_at = {|CIO1003:DateTime.UtcNow|} });
                    await http.PostAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}/events", new { name = "renewed", timestamp = {|CIO1003:renewed|}, data = new { trial_ends_at = {|CIO1003:signedUp.AddDays(14)|} } });
                    await http.PutAsJsonAsync($"https://track-eu.customer.io/api/v1/customers/{id}/devices", new { device = new { id = "tok", platform = "ios", last_used = {|CIO1003:DateTimeOffset.Now|} } });
                }
            }
            """);

        [Fact]
        public Task FormattedDatesInPayloads() => Verify("""
            class Sync
            {
                async Task Run(HttpClient http, string id, DateTime signedUp, DateTimeOffset? renewed)
                {
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new
                    {
                        created_at = {|CIO1003:signedUp.ToString("o")|},
                        plan_started_at = {|CIO1003:DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss")|},
                        trial_ends_at = {|CIO1003:signedUp.ToShortDateString()|},
                        renewed_at = {|CIO1003:renewed?.ToString("u")|},
                        cancelled_at = {|CIO1003:$"{signedUp:s}"|},
                        paid_at = {|CIO1003:signedUp.ToString()|},
                    });
                }
            }
            """);

        [Fact]
        public Task DictionaryAndSerialisedPayloads() => Verify("""
            class Sync
            {
                async Task Run(HttpClient http, string id, DateTime signedUp)
                {
                    var attributes = new Dictionary<string, object> { ["email"] = "a@b.c", ["created_at"] = {|CIO1003:signedUp|} };
                    attributes["_timestamp"] = {|CIO1003:DateTimeOffset.UtcNow|};
                    await http.PutAsync($"https://track.customer.io/api/v1/customers/{id}", new StringContent(JsonSerializer.Serialize(attributes), Encoding.UTF8, "application/json"));
                    var form = new Dictionary<string, string> { ["created_at"] = {|CIO1003:signedUp.ToString("s")|} };
                    await http.PutAsync($"https://track.customer.io/api/v1/customers/{id}", new FormUrlEncodedContent(form));
                }
            }
            """);

        [Fact]
        public Task TypedPayloadWithJsonNames() => Verify("""
            class EventBody
            {
                [JsonPropertyName("name")] public string Name { get; set; } = "";
                [JsonPropertyName("timestamp")] public DateTime Timestamp { get; set; }
                [JsonPropertyName("created_at")] public string CreatedAt { get; set; } = "";
            }

            class Sync
            {
                async Task Run(HttpClient http, string id, DateTime when)
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, $"https://track.customer.io/api/v1/customers/{id}/events")
                    {
                        Content = JsonContent.Create(new EventBody { Name = "paid", Timestamp = {|CIO1003:when|}, CreatedAt = {|CIO1003:when.ToString("o")|} }),
                    };
                    await http.SendAsync(request);
                }
            }
            """);

        [Fact]
        public Task ThroughLocals() => Verify("""
            class Sync
            {
                async Task Run(HttpClient http, string id, DateTime signedUp)
                {
                    var joined = DateTime.UtcNow;
                    var text = {|CIO1003:signedUp.ToString("o")|};
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new { created_at = {|CIO1003:joined|}, plan_started_at = text });
                }
            }
            """);

        [Fact]
        public Task RelativePathOfATypeThatNamesTheTrackHost() => Verify("""
            class TrackClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };

                Task Identify(string id, DateTime signedUp)
                    => http.PutAsJsonAsync("customers/" + Uri.EscapeDataString(id), new { created_at = {|CIO1003:signedUp|} });
            }
            """);

        [Fact]
        public Task CustomerIoSharpEventDataHoldingFormattedDates() => Verify("""
            using CustomerIOSharp;

            class Sync
            {
                // CustomerIOSharp converts the DateTime values of its payloads itself; text stays text.
                Task Run(CustomerIo cio, DateTime renewed) => cio.TrackEventAsync("renewed", new { renewed_at = {|CIO1003:renewed.ToString("o")|}, paid_at = renewed }, DateTime.Now, "u1");
            }
            """);

        [Fact]
        public Task ConfiguredWrapperAttributes() => VerifyRule<DateNotUnixSecondsRule>.AnalyzerWithApiFile("""
            using System;
            using System.Threading.Tasks;

            namespace Acme.Crm
            {
                public sealed class CustomerIoGateway
                {
                    public Task IdentifyAsync(string userId, object traits) => Task.CompletedTask;
                    public Task TrackAsync(string userId, DateTime occurredAt) => Task.CompletedTask;
                }

                class Checkout
                {
                    async Task Run(CustomerIoGateway gateway, DateTime signedUp)
                    {
                        await gateway.IdentifyAsync("u1", new { created_at = {|CIO1003:signedUp.ToString("o")|}, plan_started_at = signedUp });
                        await gateway.TrackAsync("u1", signedUp);
                    }
                }
            }
            """, """
            attributes     M:Acme.Crm.CustomerIoGateway.IdentifyAsync(System.String,System.Object) traits
            unix-seconds   M:Acme.Crm.CustomerIoGateway.TrackAsync(System.String,System.DateTime) occurredAt
            """);

        [Fact]
        public Task SecondsAndDatesElsewhereAreSilent() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;
            using CustomerIOSharp;

            class Sync
            {
                async Task Run(HttpClient http, CustomerIo cio, string id, DateTime signedUp, DateTimeOffset renewed)
                {
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new
                    {
                        created_at = new DateTimeOffset(signedUp).ToUnixTimeSeconds(),
                        renewed_at = renewed.ToUnixTimeSeconds(),
                        plan = signedUp.ToString("o"),
                        birthday = signedUp,
                        note = renewed.ToUnixTimeSeconds().ToString(),
                    });
                    await http.PostAsJsonAsync("https://cdp.customer.io/v1/track", new { userId = id, @event = "paid", timestamp = DateTime.UtcNow });
                    await http.PutAsJsonAsync($"https://api.example.com/v1/customers/{id}", new { created_at = DateTime.UtcNow });
                    await cio.TrackEventAsync("renewed", new { renewed_at = renewed.UtcDateTime }, DateTime.Now, id);
                    _ = new IdentifyCustomerRequest { CreatedAt = renewed.ToUnixTimeSeconds() };
                }
            }
            """);

        [Fact]
        public Task MembersWithAConverterAndCustomSettingsAreSilentForDates() => Verify("""
            class UnixSecondsConverter : JsonConverter<DateTime>
            {
                public override DateTime Read(ref Utf8JsonReader reader, Type type, JsonSerializerOptions options) => DateTime.UnixEpoch.AddSeconds(reader.GetInt64());
                public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) => writer.WriteNumberValue(new DateTimeOffset(value).ToUnixTimeSeconds());
            }

            class Body
            {
                [JsonPropertyName("created_at"), JsonConverter(typeof(UnixSecondsConverter))] public DateTime CreatedAt { get; set; }
                [JsonPropertyName("plan_started_at"), JsonConverter(typeof(UnixSecondsConverter))] public string Started { get; set; } = "";
            }

            class Sync
            {
                async Task Run(HttpClient http, string id, DateTime signedUp, JsonSerializerOptions options)
                {
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new Body { CreatedAt = signedUp, Started = signedUp.ToString("o") });
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new { created_at = signedUp, trial_ends_at = {|CIO1003:signedUp.ToString("o")|} }, options);
                    await http.PutAsync($"https://track.customer.io/api/v1/customers/{id}", new StringContent(JsonSerializer.Serialize(new { created_at = signedUp }, options)));
                }
            }
            """);

        [Fact]
        public Task NewtonsoftDefaultSettingsMakeDatesUnknown() => Verify("""
            namespace Newtonsoft.Json
            {
                public class JsonSerializerSettings { }
                public static class JsonConvert
                {
                    public static Func<JsonSerializerSettings>? DefaultSettings { get; set; }
                    public static string SerializeObject(object? value) => "";
                }
            }

            namespace Acme
            {
                using Newtonsoft.Json;

                class Sync
                {
                    static Sync() => JsonConvert.DefaultSettings = () => new JsonSerializerSettings();

                    Task Run(HttpClient http, string id, DateTime signedUp)
                        => http.PutAsync($"https://track.customer.io/api/v1/customers/{id}", new StringContent(JsonConvert.SerializeObject(new { created_at = signedUp, trial_ends_at = {|CIO1003:signedUp.ToString("o")|} })));
                }
            }
            """);

        [Fact]
        public Task NewtonsoftWithDefaultSettings() => Verify("""
            namespace Newtonsoft.Json
            {
                public static class JsonConvert
                {
                    public static string SerializeObject(object? value) => "";
                }
            }

            namespace Acme
            {
                using Newtonsoft.Json;

                class Sync
                {
                    Task Run(HttpClient http, string id, DateTime signedUp)
                        => http.PutAsync($"https://track.customer.io/api/v1/customers/{id}", new StringContent(JsonConvert.SerializeObject(new { created_at = {|CIO1003:signedUp|} })));
                }
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<DateNotUnixSecondsRule>.Analyzer(LookAlikes.Sending("DateTime", "DateTime.UtcNow"));

        [Fact]
        public Task TheSharedLookAlikesAreSilentForFormattedDates() => VerifyRule<DateNotUnixSecondsRule>.Analyzer(LookAlikes.Sending("string", "DateTime.UtcNow.ToString(\"o\")"));

        [Fact]
        public Task UserTypesNamedLikeTheSerialisersAreNotSerialisers() => Verify("""
            namespace Acme
            {
                static class JsonSerializer { public static string Serialize(object value) => ""; }

                class Sync
                {
                    Task Run(HttpClient http, string id, DateTime signedUp)
                        => http.PutAsync($"https://api.example.com/api/v1/customers/{id}", new StringContent(JsonSerializer.Serialize(new { created_at = signedUp })));
                }
            }
            """);

        [Fact]
        public Task ReportedOnTheDateWithTheSendingCallAndTheFixTarget() => ExpectPlacement("""
            class Sync
            {
                async Task Run(HttpClient http, string id, DateTime signedUp)
                {
                    var body = new { created_at = {|#0:signedUp.ToString("o")|} };
                    await {|#1:http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", body)|};
                }
            }
            """, new DiagnosticResult(DateNotUnixSecondsRule.Rule).WithLocation(0).WithLocation(1).WithLocation(0)
                .WithArguments("Text formatted from a DateTime", "JSON \"created_at\""));

        private static Task ExpectPlacement(string source, DiagnosticResult expected)
            => VerifyRule<DateNotUnixSecondsRule>.Placement(Usings + source, expected);

        [Fact]
        public Task FixSendsTheSecondsOfEachDate() => Fix("""
            class Sync
            {
                async Task Run(HttpClient http, string id, DateTime signedUp, DateTimeOffset renewed)
                {
                    var attributes = new Dictionary<string, object> { ["created_at"] = {|CIO1003:signedUp|} };
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", attributes);
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new
                    {
                        renewed_at = {|CIO1003:renewed|}, // last renewal
                        trial_ends_at = {|CIO1003:signedUp.AddDays(14).ToString("o")|},
                        paid_at = {|CIO1003:renewed.ToString("u")|},
                    });
                }
            }
            """, """
            class Sync
            {
                async Task Run(HttpClient http, string id, DateTime signedUp, DateTimeOffset renewed)
                {
                    var attributes = new Dictionary<string, object> { ["created_at"] = new DateTimeOffset(signedUp).ToUnixTimeSeconds() };
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", attributes);
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new
                    {
                        renewed_at = renewed.ToUnixTimeSeconds(), // last renewal
                        trial_ends_at = new DateTimeOffset(signedUp.AddDays(14)).ToUnixTimeSeconds(),
                        paid_at = renewed.ToUnixTimeSeconds(),
                    });
                }
            }
            """);

        [Fact]
        public Task NoFixWhereANumberWouldNotCompile() => VerifyRule<DateNotUnixSecondsRule>.NoFix<SendDateAsUnixSecondsCodeFix>(Usings + """
            class Body
            {
                [JsonPropertyName("created_at")] public DateTime CreatedAt { get; set; }
            }

            class Sync
            {
                async Task Run(HttpClient http, string id, DateTime signedUp, DateTime? renewed)
                {
                    var form = new Dictionary<string, string> { ["created_at"] = {|CIO1003:signedUp.ToString("s")|} };
                    await http.PutAsync($"https://track.customer.io/api/v1/customers/{id}", new FormUrlEncodedContent(form));
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new Body { CreatedAt = {|CIO1003:signedUp|} });
                    var text = {|CIO1003:signedUp.ToString("o")|};
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new { created_at = text, renewed_at = {|CIO1003:renewed|} });
                }
            }
            """);
    }
}
