using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class EnvelopeFieldSpellingRuleTests
    {
        /// <summary>The namespaces these tests use beyond an SDK project's implicit usings.</summary>
        private const string Usings = """
            using System.Text.Json;
            using System.Text.Json.Serialization;

            """;

        /// <summary>Newtonsoft.Json's JsonConvert and JsonProperty, shared with the reserved attribute tests.</summary>
        private const string NewtonsoftStandIn = ReservedAttributeCaseRuleTests.NewtonsoftStandIn;

        /// <summary>
        /// Newtonsoft.Json's settings, contract resolvers and naming attributes, the members these tests use, as declared in
        /// JamesNK/Newtonsoft.Json, Src/Newtonsoft.Json (JsonPropertyAttribute.cs and JsonContainerAttribute.cs at
        /// 02c6a1e247180c3c1acae64e4e8b79a47a3326fb, JsonObjectAttribute.cs at 0319263756212f4a1875cda6534b9b8e1fb53188).
        /// </summary>
        private const string NewtonsoftSettingsStandIn = """

            namespace Newtonsoft.Json
            {
                using Newtonsoft.Json.Serialization;

                public enum Formatting { None = 0, Indented = 1 }

                [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
                public sealed class JsonPropertyAttribute : Attribute
                {
                    public JsonPropertyAttribute() { }
                    public JsonPropertyAttribute(string propertyName) { }
                    public string? PropertyName { get; set; }
                    public Type? NamingStrategyType { get; set; }
                }

                [AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface, AllowMultiple = false)]
                public abstract class JsonContainerAttribute : Attribute { public Type? NamingStrategyType { get; set; } }

                [AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface, AllowMultiple = false)]
                public sealed class JsonObjectAttribute : JsonContainerAttribute { public JsonObjectAttribute() { } }

                public class JsonSerializerSettings
                {
                    public IContractResolver? ContractResolver { get; set; }
                    public Formatting Formatting { get; set; }
                }

                public static class JsonConvert
                {
                    public static string SerializeObject(object? value) => "";
                    public static string SerializeObject(object? value, JsonSerializerSettings? settings) => "";
                }
            }

            namespace Newtonsoft.Json.Serialization
            {
                public interface IContractResolver { }
                public class DefaultContractResolver : IContractResolver { }
                public class CamelCasePropertyNamesContractResolver : DefaultContractResolver { }
                public abstract class NamingStrategy { }
                public class SnakeCaseNamingStrategy : NamingStrategy { }
            }
            """;

        private static Task Verify(string code) => VerifyRule<EnvelopeFieldSpellingRule>.Analyzer(Usings + code);

        [Fact]
        public Task PostAsJsonAsyncCamelCasesATransactionalRequest() => Verify("""
            class Receipts
            {
                Task Send(HttpClient http, string userId, string email, long orderId)
                    => http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new
                    {
                        {|CIO1014:TransactionalMessageId|} = 3,
                        To = email,
                        Identifiers = new { id = userId },
                        {|CIO1014:MessageData|} = new { OrderId = orderId },
                        {|CIO1014:SendAt|} = 1700000000,
                        {|CIO1014:DisableMessageRetention|} = true,
                    });
            }
            """);

        [Fact]
        public Task KeysWrittenInCamelCase() => Verify("""
            class Receipts
            {
                async Task Send(HttpClient http, string userId, string email)
                {
                    await http.PostAsJsonAsync("https://api-eu.customer.io/v1/send/email",
                        new { {|CIO1014:transactionalMessageId|} = 3, to = email, identifiers = new { id = userId }, {|CIO1014:sendToUnsubscribed|} = true });
                    var push = new Dictionary<string, object> { [{|CIO1014:"transactionalMessageId"|}] = 4, ["identifiers"] = new { id = userId } };
                    push[{|CIO1014:"messageData"|}] = new { code = "1234" };
                    push.Add({|CIO1014:"imageUrl"|}, "https://example.com/a.png");
                    await http.PostAsync("https://api.customer.io/v1/send/push", JsonContent.Create(push));
                }
            }
            """);

        [Fact]
        public Task EventsSerialisedWithTheirCSharpNames() => Verify("""
            class Tracking
            {
                async Task Run(HttpClient http, string userId)
                {
                    var json = JsonSerializer.Serialize(new { {|CIO1014:Name|} = "paid", {|CIO1014:Data|} = new { plan = "pro" }, {|CIO1014:Timestamp|} = 1700000000 });
                    await http.PostAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}/events", new StringContent(json, Encoding.UTF8, "application/json"));
                    var anonymous = JsonSerializer.Serialize(new { {|CIO1014:AnonymousId|} = "device-1", name = "viewed", {|CIO1014:Type|} = "page" });
                    using var request = new HttpRequestMessage(HttpMethod.Post, "https://track-eu.customer.io/api/v1/events") { Content = new StringContent(anonymous) };
                    await http.SendAsync(request);
                }
            }
            """);

        [Fact]
        public Task TrackV2Operations() => Verify("""
            namespace Acme
            {
                using Newtonsoft.Json;

                class Operation
                {
                    public string Type { get; set; } = "person";
                    [JsonProperty("identifiers")] public object? Identifiers { get; set; }
                    public string Action { get; set; } = "identify";
                    [JsonProperty("attributes")] public object? Attributes { get; set; }
                }

                class TrackV2
                {
                    private readonly HttpClient client = new() { BaseAddress = new Uri("https://track.customer.io/api/v2/") };

                    async Task Run(HttpClient http, string userId)
                    {
                        await {|CIO1014:{|CIO1014:http.PostAsync("https://track-eu.customer.io/api/v2/entity", new StringContent(JsonConvert.SerializeObject(new Operation { Identifiers = new { id = userId } })))|}|};
                        await client.PostAsJsonAsync("entity", new Dictionary<string, object> { ["type"] = "person", [{|CIO1014:"Identifiers"|}] = new { id = userId }, ["action"] = "identify" });
                        // The web defaults camel-case Name and Timestamp into the right names.
                        await client.PostAsJsonAsync("entity", new { type = "person", identifiers = new { id = userId }, action = "event", Name = "paid", Timestamp = 1700000000 });
                    }
                }
            }
            """ + NewtonsoftStandIn);

        [Fact]
        public Task TypedRequestsNamedByTheirSerialiser() => Verify("""
            class SendEmail
            {
                public int TransactionalMessageId { get; set; }
                [JsonPropertyName("to")] public string To { get; set; } = "";
                [JsonPropertyName("messageData")] public object? MessageData { get; set; }
                public object? Identifiers { get; set; }
                [JsonIgnore] public long SendAt { get; set; }
            }

            class Receipts
            {
                Task Send(HttpClient http, string email)
                    // TransactionalMessageId is not set here but written all the same: reported on the call.
                    => {|CIO1014:http.PostAsync("https://api.customer.io/v1/send/email", JsonContent.Create(new SendEmail { To = email, {|CIO1014:MessageData|} = new { total = 3 } }))|};

                // A request made elsewhere writes every public property of its type.
                Task Resend(HttpClient http, SendEmail request)
                    => {|CIO1014:{|CIO1014:http.PostAsJsonAsync("https://api.customer.io/v1/send/email", request)|}|};

                Task SendBuilt(HttpClient http)
                    => {|CIO1014:{|CIO1014:http.PostAsJsonAsync("https://api.customer.io/v1/send/email", Build())|}|};

                static SendEmail Build() => new();
            }
            """);

        [Fact]
        public Task NewtonsoftWritesNamesAsDeclared() => Verify("""
            namespace Acme
            {
                using Newtonsoft.Json;

                class Trigger
                {
                    [JsonProperty("data")] public object? Data { get; set; }
                    public string[] Ids { get; set; } = System.Array.Empty<string>();
                    [JsonPropertyName("id_ignore_missing")] public bool IdIgnoreMissing { get; set; }
                }

                class Broadcasts
                {
                    // Newtonsoft reads [JsonProperty], not System.Text.Json's [JsonPropertyName].
                    Task Run(HttpClient http, int campaignId, string[] ids)
                        => {|CIO1014:http.PostAsync($"https://api.customer.io/v1/campaigns/{campaignId}/triggers",
                            new StringContent(JsonConvert.SerializeObject(new Trigger { Data = new { Week = 3 }, {|CIO1014:Ids|} = ids })))|};
                }
            }
            """ + NewtonsoftStandIn);

        [Fact]
        public Task OptionsAndSettingsWhoseNamingIsCertain() => Verify("""
            namespace Acme
            {
                using Newtonsoft.Json;
                using Newtonsoft.Json.Serialization;

                class Tracking
                {
                    private static readonly JsonSerializerOptions Camel = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = false };

                    async Task Run(HttpClient http, string userId)
                    {
                        var url = $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}/events";
                        var push = "https://api.customer.io/v1/send/push";
                        await http.PostAsync(push, new StringContent(JsonSerializer.Serialize(new { {|CIO1014:TransactionalMessageId|} = 3, Identifiers = new { Id = userId } }, new JsonSerializerOptions(JsonSerializerDefaults.Web))));
                        await http.PostAsync(push, new StringContent(JsonSerializer.Serialize(new { transactional_message_id = 3, {|CIO1014:SendAt|} = 1700000000 }, Camel)));
                        // Options of its own replace PostAsJsonAsync's web defaults: Name stays Name.
                        await http.PostAsJsonAsync(url, new { {|CIO1014:Name|} = "paid" }, new JsonSerializerOptions());
                        var settings = new JsonSerializerSettings { ContractResolver = new CamelCasePropertyNamesContractResolver(), Formatting = Formatting.None };
                        await http.PostAsync("https://api.customer.io/v1/send/email", new StringContent(JsonConvert.SerializeObject(new { {|CIO1014:MessageData|} = new { }, to = "a@b.co" }, settings)));
                    }
                }
            }
            """ + NewtonsoftSettingsStandIn);

        [Fact]
        public Task OptionsWhoseNamingIsNotCertainAreSilent() => Verify("""
            namespace Acme
            {
                using Newtonsoft.Json;
                using Newtonsoft.Json.Serialization;

                class Lower : JsonNamingPolicy { public override string ConvertName(string name) => name.ToLowerInvariant(); }

                class Tracking
                {
                    private static readonly JsonSerializerOptions Shared = new(JsonSerializerDefaults.Web);

                    static Tracking() => Shared.PropertyNamingPolicy = new Lower();

                    async Task Run(HttpClient http, string userId, JsonSerializerOptions given, JsonSerializerOptions other)
                    {
                        // Any naming known would send TransactionalMessageId in a wrong spelling.
                        var url = "https://api.customer.io/v1/send/email";
                        await http.PostAsJsonAsync(url, new { TransactionalMessageId = 3 }, new JsonSerializerOptions { PropertyNamingPolicy = new Lower() });
                        await http.PostAsJsonAsync(url, new { TransactionalMessageId = 3 }, new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { } });
                        await http.PostAsJsonAsync(url, new { TransactionalMessageId = 3 }, new JsonSerializerOptions(given));
                        await http.PostAsJsonAsync(url, new { TransactionalMessageId = 3 }, Shared);
                        await http.PostAsJsonAsync(url, new { TransactionalMessageId = 3 }, given);
                        var settings = new JsonSerializerSettings { ContractResolver = new DefaultContractResolver() };
                        await http.PostAsync("https://api.customer.io/v1/send/email", new StringContent(JsonConvert.SerializeObject(new { MessageData = new { } }, settings)));
                    }
                }
            }
            """ + NewtonsoftSettingsStandIn);

        [Fact]
        public Task TypesNamedTheirOwnWay() => Verify("""
            namespace Acme
            {
                using System.Runtime.Serialization;
                using Newtonsoft.Json;
                using Newtonsoft.Json.Serialization;

                class Named
                {
                    [JsonProperty(PropertyName = "transactional_message_id")] public int TransactionalMessageId { get; set; }
                    [JsonProperty(PropertyName = "messageData")] public object? MessageData { get; set; }
                    [JsonProperty(NamingStrategyType = typeof(SnakeCaseNamingStrategy))] public long SendAt { get; set; }
                }

                [JsonObject(NamingStrategyType = typeof(SnakeCaseNamingStrategy))]
                class Snake { public int TransactionalMessageId { get; set; } }

                [DataContract]
                class Contract { [DataMember(Name = "transactional_message_id")] public int TransactionalMessageId { get; set; } }

                [System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter))]
                class Converted { public int TransactionalMessageId { get; set; } }

                class Receipts
                {
                    async Task Run(HttpClient http)
                    {
                        var url = "https://api.customer.io/v1/send/email";
                        // Named's messageData is written though not set here: reported on the call.
                        await {|CIO1014:http.PostAsync(url, new StringContent(JsonConvert.SerializeObject(new Named())))|};
                        await http.PostAsync(url, new StringContent(JsonConvert.SerializeObject(new Snake())));
                        await http.PostAsync(url, new StringContent(JsonConvert.SerializeObject(new Contract())));
                        await http.PostAsJsonAsync(url, new Converted());
                    }
                }
            }
            """ + NewtonsoftSettingsStandIn);

        [Fact]
        public Task RelativePathOfAClientWhoseBaseAddressIsCustomerIo() => Verify("""
            class AppClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://api.customer.io/v1/") };

                Task Sms(string userId) => http.PostAsJsonAsync("send/sms", new { {|CIO1014:TransactionalMessageId|} = 7, identifiers = new { id = userId } });
            }
            """);

        [Fact]
        public Task CorrectNamesAttributesAndUnknownNamingAreSilent() => Verify("""
            class SendEmail
            {
                [JsonPropertyName("transactional_message_id")] public int TransactionalMessageId { get; set; }
                [JsonPropertyName("message_data")] public object? MessageData { get; set; }
                public string To { get; set; } = "";
            }

            class Loose { public int TransactionalMessageId { get; set; } }

            // Content of the user's own writes itself: its Headers are HTTP headers, not a "headers" field.
            class PreparedContent : StringContent { public PreparedContent(string json) : base(json) { } }

            class Sync
            {
                async Task Run(HttpClient http, string id, JsonSerializerOptions options, PreparedContent prepared)
                {
                    await http.PostAsync("https://api.customer.io/v1/send/email", prepared);
                    // Correct names, and names camel-cased into correct ones.
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new { transactional_message_id = 3, To = "a@b.co", Identifiers = new { id }, message_data = new { OrderId = 1 } });
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new SendEmail { TransactionalMessageId = 3, To = "a@b.co" });
                    await http.PostAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}/events", new { Name = "paid", Data = new { PlanName = "pro" }, Timestamp = 1 });
                    // Identify's top-level keys are attributes, free-form: not a request's fields.
                    await http.PutAsync($"https://track.customer.io/api/v1/customers/{id}", new StringContent(JsonSerializer.Serialize(new { Name = "Ada", Data = "x", Type = "vip" })));
                    // Nested keys are the user's own data.
                    await http.PostAsync($"https://track.customer.io/api/v1/customers/{id}/events", new StringContent(JsonSerializer.Serialize(new { name = "paid", data = new { Name = "x", Timestamp = 1 } })));
                    // Keys that are no field of the request: not a spelling of one.
                    await http.PostAsync("https://api.customer.io/v1/send/email", new StringContent(JsonSerializer.Serialize(new { transactional_message_id = 3, to = "a@b.co", identifiers = new { id }, Template = "x" })));
                    // Explicit options or settings: the names on the wire are not known.
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new { TransactionalMessageId = 3 }, options);
                    await http.PostAsync("https://api.customer.io/v1/send/email", new StringContent(JsonSerializer.Serialize(new { TransactionalMessageId = 3 }, options)));
                    // Another host, and a Customer.io path that has no envelope.
                    await http.PostAsJsonAsync("https://api.example.com/v1/send/email", new { TransactionalMessageId = 3, MessageData = new { } });
                    await http.PostAsJsonAsync("https://api.example.com/v1/send/email", new Loose { TransactionalMessageId = 3 });
                    await http.PostAsJsonAsync("https://api.customer.io/v1/customers/attributes", new Loose());
                    await http.PostAsync($"https://api.example.com/api/v1/customers/{id}/events", new StringContent(JsonSerializer.Serialize(new { Name = "paid" })));
                    await http.PostAsJsonAsync("https://api.customer.io/v1/segments", new { SegmentName = "x" });
                }
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<EnvelopeFieldSpellingRule>.Analyzer(LookAlikes.Sending("string", "\"Name\""));

        [Fact]
        public Task ReportedOnTheKeyWithTheCallAndTheNameToChange() => VerifyRule<EnvelopeFieldSpellingRule>.Placement(Usings + """
            class Receipts
            {
                async Task Run(HttpClient http, string id)
                {
                    var body = new Dictionary<string, object> { [{|#0:"messageData"|}] = new { total = 3 }, ["transactional_message_id"] = 3 };
                    await {|#1:http.PostAsJsonAsync("https://api.customer.io/v1/send/email", body)|};
                }
            }
            """, new DiagnosticResult(EnvelopeFieldSpellingRule.Rule).WithLocation(0).WithLocation(1).WithLocation(0)
                .WithArguments("messageData", "message_data"));

        [Fact]
        public Task FixAllRenamesEveryFieldOfOneRequest() => VerifyRule<EnvelopeFieldSpellingRule>.Fix<UseRequestFieldNameCodeFix>(Usings + """
            class SendEmailRequest
            {
                // The template to send.
                public int TransactionalMessageId { get; set; }

                public string To { get; set; } = "";

                public object? MessageData { get; set; }

                [JsonPropertyName("sendAt")] public long? SendAt { get; set; }

                public bool DisableMessageRetention { get; set; }
            }

            class Paid { public string Name { get; } = "paid"; }

            class Receipts
            {
                async Task Run(HttpClient http, string userId, string email, Paid paid)
                {
                    await {|CIO1014:{|CIO1014:{|CIO1014:http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new SendEmailRequest { {|CIO1014:TransactionalMessageId|} = 3, To = email })|}|}|};
                    await http.PostAsync($"https://track.customer.io/api/v1/customers/{userId}/events", new StringContent(JsonSerializer.Serialize(new { {|CIO1014:Type|} = "event", {|CIO1014:paid.Name|} })));
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/sms", new Dictionary<string, object> { [{|CIO1014:"transactionalMessageId"|}] = 4 });
                }
            }
            """, Usings + """
            class SendEmailRequest
            {
                // The template to send.
                [JsonPropertyName("transactional_message_id")]
                public int TransactionalMessageId { get; set; }

                public string To { get; set; } = "";

                [JsonPropertyName("message_data")]
                public object? MessageData { get; set; }

                [JsonPropertyName("send_at")] public long? SendAt { get; set; }

                [JsonPropertyName("disable_message_retention")]
                public bool DisableMessageRetention { get; set; }
            }

            class Paid { public string Name { get; } = "paid"; }

            class Receipts
            {
                async Task Run(HttpClient http, string userId, string email, Paid paid)
                {
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new SendEmailRequest { TransactionalMessageId = 3, To = email });
                    await http.PostAsync($"https://track.customer.io/api/v1/customers/{userId}/events", new StringContent(JsonSerializer.Serialize(new { type = "event", name = paid.Name })));
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/sms", new Dictionary<string, object> { ["transactional_message_id"] = 4 });
                }
            }
            """);

        [Fact]
        public Task FixAddsNewtonsoftNames() => VerifyRule<EnvelopeFieldSpellingRule>.Fix<UseRequestFieldNameCodeFix>(Usings + """
            using Newtonsoft.Json;

            class Trigger
            {
                public object? Data { get; set; }
            }

            class Broadcasts
            {
                Task Run(HttpClient http) => http.PostAsync("https://api.customer.io/v1/campaigns/12/triggers", new StringContent(JsonConvert.SerializeObject(new Trigger { {|CIO1014:Data|} = new { week = 3 } })));
            }
            """ + NewtonsoftStandIn, Usings + """
            using Newtonsoft.Json;

            class Trigger
            {
                [JsonProperty("data")]
                public object? Data { get; set; }
            }

            class Broadcasts
            {
                Task Run(HttpClient http) => http.PostAsync("https://api.customer.io/v1/campaigns/12/triggers", new StringContent(JsonConvert.SerializeObject(new Trigger { Data = new { week = 3 } })));
            }
            """ + NewtonsoftStandIn);

        [Fact]
        public Task NoFixForAConstantKey() => VerifyRule<EnvelopeFieldSpellingRule>.NoFix<UseRequestFieldNameCodeFix>(Usings + """
            class Receipts
            {
                const string DataKey = "messageData";

                Task Run(HttpClient http)
                    => http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new Dictionary<string, object> { [{|CIO1014:DataKey|}] = new { total = 3 } });
            }
            """);
    }
}
