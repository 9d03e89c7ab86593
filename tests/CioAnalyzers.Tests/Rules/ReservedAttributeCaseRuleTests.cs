using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class ReservedAttributeCaseRuleTests
    {
        /// <summary>The namespaces these tests use beyond an SDK project's implicit usings.</summary>
        private const string Usings = """
            using System.Text.Json;
            using System.Text.Json.Serialization;

            """;

        internal const string NewtonsoftStandIn = """

            namespace Newtonsoft.Json
            {
                [AttributeUsage(AttributeTargets.Property)]
                public sealed class JsonPropertyAttribute : Attribute { public JsonPropertyAttribute(string propertyName) { } }

                public static class JsonConvert { public static string SerializeObject(object? value) => ""; }
            }
            """;

        private static Task Verify(string code, params string[] alternateLibraries) => VerifyRule<ReservedAttributeCaseRule>.Analyzer(Usings + code, alternateLibraries);

        [Fact]
        public Task AnonymousPayloadsNamedAsWritten() => Verify("""
            class Sync
            {
                async Task Run(HttpClient http, string id)
                {
                    var json = JsonSerializer.Serialize(new { {|CIO1008:Email|} = "a@b.c", {|CIO1008:createdAt|} = 1700000000, {|CIO1008:Unsubscribed|} = false, plan = "pro" });
                    await http.PutAsync($"https://track.customer.io/api/v1/customers/{id}", new StringContent(json, Encoding.UTF8, "application/json"));
                    await http.PostAsync($"https://track-eu.customer.io/api/v1/customers/{id}/events", new StringContent(JsonSerializer.Serialize(new { name = "paid", timestamp = 1700000000, {|CIO1008:ID|} = "evt-1" })));
                    // JsonContent.Create writes with the web defaults: ID goes out as "id".
                    await http.PostAsync($"https://track-eu.customer.io/api/v1/customers/{id}/events", JsonContent.Create(new { name = "paid", ID = "evt-1" }));
                }
            }
            """);

        [Fact]
        public Task PostAsJsonAsyncCamelCasesPropertyNames() => Verify("""
            class Sync
            {
                Task Run(HttpClient http, string id, string email)
                    => http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new { Email = email, {|CIO1008:CreatedAt|} = 1700000000, {|CIO1008:AnonymousId|} = "a1", Timezone = "Europe/Paris" });
            }
            """);

        [Fact]
        public Task OptionsWhoseNamingIsCertain() => Verify("""
            class Sync
            {
                Task Run(HttpClient http, string id)
                    => http.PutAsync($"https://track.customer.io/api/v1/customers/{id}",
                        new StringContent(JsonSerializer.Serialize(new { Email = "a@b.c", {|CIO1008:CreatedAt|} = 1700000000 }, new JsonSerializerOptions(JsonSerializerDefaults.Web))));
            }
            """);

        [Fact]
        public Task DictionaryKeysAsWritten() => Verify("""
            class Sync
            {
                async Task Run(HttpClient http, string id)
                {
                    var attributes = new Dictionary<string, object> { [{|CIO1008:"Email"|}] = "a@b.c", ["plan"] = "pro" };
                    attributes.Add({|CIO1008:"Created_At"|}, 1700000000);
                    attributes[{|CIO1008:"_Timestamp"|}] = 1700000000;
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", attributes);
                    await http.PutAsync($"https://track.customer.io/api/v1/customers/{id}", new FormUrlEncodedContent(new Dictionary<string, string> { [{|CIO1008:"cioId"|}] = "c1", ["timezone"] = "UTC" }));
                }
            }
            """);

        [Fact]
        public Task TypedPayloadsNamedByTheirSerialiser() => Verify("""
            class IdentifyBody
            {
                [JsonPropertyName("email")] public string Email { get; set; } = "";
                [JsonPropertyName("Unsubscribed")] public bool Unsubscribed { get; set; }
                public long CreatedAt { get; set; }
                [JsonIgnore] public string Cio_Id { get; set; } = "";
            }

            class Sync
            {
                Task Run(HttpClient http, string id)
                    // A key the initializer does not set is written all the same: reported on the call.
                    => {|CIO1008:http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new IdentifyBody { Email = "a@b.c", {|CIO1008:CreatedAt|} = 1700000000 })|};

                // A body made elsewhere writes every public property of its type.
                Task Update(HttpClient http, string id, IdentifyBody body)
                    => {|CIO1008:{|CIO1008:http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", body)|}|};
            }
            """);

        [Fact]
        public Task CustomerIoSharpCustomerDetailsGoOutCamelCased() => Verify("""
            using CustomerIOSharp;

            class Customer : ICustomerDetails
            {
                public string Id { get; set; } = "";
                public string Email { get; set; } = "";
                public long CreatedAt { get; set; }
                public string Plan { get; set; } = "";
            }

            class Sync
            {
                Task Run(CustomerIo cio) => cio.IdentifyAsync(new Customer { Id = "u1", Email = "a@b.c", {|CIO1008:CreatedAt|} = 1700000000 });
            }
            """);

        [Fact]
        public Task CustomerDetailsOfTheNewerTrackApiDeclaredElsewhereAreReportedOnTheCall() => Verify("""
            using CustomerIOSharp;

            class Customer : ICustomerDetails
            {
                public string Id { get; set; } = "";
                public string Email { get; set; } = "";
                public bool Unsubscribed { get; set; }
                public string Cio_Id { get; set; } = "";
            }

            class Sync
            {
                Task Run(TrackApi track, Customer customer) => {|CIO1008:track.IdentifyAsync(customer)|};
            }
            """, StandIns.CustomerIoSharpTrackAndAppApi);

        [Fact]
        public Task NewtonsoftNamesAsWritten() => Verify("""
            namespace Acme
            {
                using Newtonsoft.Json;

                class Body
                {
                    [JsonProperty("email")] public string Email { get; set; } = "";
                    [JsonPropertyName("created_at")] public long CreatedAt { get; set; }
                }

                class Sync
                {
                    // Newtonsoft reads [JsonProperty], not System.Text.Json's [JsonPropertyName].
                    Task Run(HttpClient http, string id)
                        => {|CIO1008:http.PutAsync($"https://track.customer.io/api/v1/customers/{id}", new StringContent(JsonConvert.SerializeObject(new Body())))|};
                }
            }
            """ + NewtonsoftStandIn);

        [Fact]
        public Task CorrectKeysUnknownNamesAndOtherPlacesAreSilent() => Verify("""
            using CustomerIOSharp;

            class Customer : ICustomerDetails
            {
                public string Id { get; set; } = "";
                public string Email { get; set; } = "";
                public bool Unsubscribed { get; set; }
                public string Timezone { get; set; } = "";
            }

            class Body { public long CreatedAt { get; set; } }

            class Sync
            {
                async Task Run(HttpClient http, CustomerIo cio, ICustomerDetails details, string id, JsonSerializerOptions options)
                {
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new { email = "a@b.c", created_at = 1, _timestamp = 1, unsubscribed = true, timezone = "UTC", cio_subscription_preferences = new { } });
                    await http.PostAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}/events", new { name = "paid", timestamp = 1, data = new { Email = "x", CreatedAt = 1 } });
                    await http.PostAsync($"https://track.customer.io/api/v1/customers/{id}/events", new StringContent(JsonSerializer.Serialize(new { name = "paid", Timestamp = 1 })));
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new { CreatedAt = 1 }, options);
                    await http.PutAsync($"https://track.customer.io/api/v1/customers/{id}", new StringContent(JsonSerializer.Serialize(new { Email = "a@b.c" }, options)));
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new Body(), options);
                    await http.PostAsJsonAsync("https://cdp.customer.io/v1/identify", new { userId = id, traits = new { Email = "a@b.c" } });
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new { Email = "a@b.c" });
                    await http.PutAsJsonAsync($"https://api.example.com/api/v1/customers/{id}", new { createdAt = 1, Email = "a@b.c" });
                    await cio.IdentifyAsync(new Customer());
                    await cio.IdentifyAsync(details);
                    await cio.TrackEventAsync("paid", new { Email = "a@b.c" }, null, id);
                }
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<ReservedAttributeCaseRule>.Analyzer(LookAlikes.Sending("string", "\"Email\""));

        [Fact]
        public Task UserTypesNamedLikeTheLibraryAreSilent() => VerifyRule<ReservedAttributeCaseRule>.Analyzer("""
            using System.Threading.Tasks;

            namespace Acme
            {
                interface ICustomerDetails { string Id { get; } }
                class Customer : ICustomerDetails { public string Id { get; set; } = ""; public long CreatedAt { get; set; } }
                class CustomerIo { public Task IdentifyAsync(ICustomerDetails? customer = null) => Task.CompletedTask; }

                class Sync
                {
                    Task Run(CustomerIo cio) => cio.IdentifyAsync(new Customer { CreatedAt = 1 });
                }
            }
            """);

        [Fact]
        public Task ReportedOnTheKeyWithTheCallAndTheNameToChange() => ExpectPlacement("""
            class Sync
            {
                async Task Run(HttpClient http, string id)
                {
                    var body = new Dictionary<string, object> { [{|#0:"Email"|}] = "a@b.c" };
                    await {|#1:http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", body)|};
                }
            }
            """, new DiagnosticResult(ReservedAttributeCaseRule.Rule).WithLocation(0).WithLocation(1).WithLocation(0)
                .WithArguments("Email", "email"));

        [Fact]
        public Task FixRenamesKeysAndNamesProperties() => VerifyRule<ReservedAttributeCaseRule>.Fix<UseReservedAttributeNameCodeFix>(Usings + """
            class IdentifyBody
            {
                [JsonPropertyName("Email")] public string Email { get; set; } = "";

                // Sign-up time, Unix seconds.
                public long CreatedAt { get; set; }

                public bool Unsubscribed { get; set; }
            }

            class Sync
            {
                async Task Run(HttpClient http, string id, IdentifyBody user)
                {
                    await {|CIO1008:http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new IdentifyBody { {|CIO1008:CreatedAt|} = 1700000000 })|};
                    await http.PutAsync($"https://track.customer.io/api/v1/customers/{id}", new StringContent(JsonSerializer.Serialize(new { {|CIO1008:CreatedAt|} = 1700000000, {|CIO1008:user.Unsubscribed|} })));
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new Dictionary<string, object> { [{|CIO1008:"Created_At"|}] = 1700000000 });
                }
            }
            """, Usings + """
            class IdentifyBody
            {
                [JsonPropertyName("email")] public string Email { get; set; } = "";

                // Sign-up time, Unix seconds.
                [JsonPropertyName("created_at")]
                public long CreatedAt { get; set; }

                public bool Unsubscribed { get; set; }
            }

            class Sync
            {
                async Task Run(HttpClient http, string id, IdentifyBody user)
                {
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new IdentifyBody { CreatedAt = 1700000000 });
                    await http.PutAsync($"https://track.customer.io/api/v1/customers/{id}", new StringContent(JsonSerializer.Serialize(new { created_at = 1700000000, unsubscribed = user.Unsubscribed })));
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new Dictionary<string, object> { ["created_at"] = 1700000000 });
                }
            }
            """);

        [Fact]
        public Task FixAddsNewtonsoftNamesToCustomerDetails() => VerifyRule<ReservedAttributeCaseRule>.Fix<UseReservedAttributeNameCodeFix>(Usings + """
            using CustomerIOSharp;
            using Newtonsoft.Json;

            class Customer : ICustomerDetails
            {
                public string Id { get; set; } = "";
                public string Email { get; set; } = "";
                public long CreatedAt { get; set; }
            }

            class Sync
            {
                Task Run(CustomerIo cio) => cio.IdentifyAsync(new Customer { Id = "u1", {|CIO1008:CreatedAt|} = 1700000000 });
            }
            """ + NewtonsoftStandIn, Usings + """
            using CustomerIOSharp;
            using Newtonsoft.Json;

            class Customer : ICustomerDetails
            {
                public string Id { get; set; } = "";
                public string Email { get; set; } = "";
                [JsonProperty("created_at")]
                public long CreatedAt { get; set; }
            }

            class Sync
            {
                Task Run(CustomerIo cio) => cio.IdentifyAsync(new Customer { Id = "u1", CreatedAt = 1700000000 });
            }
            """ + NewtonsoftStandIn);

        [Fact]
        public Task NoFixForAConstantKeyOrWithoutTheNameAttribute() => VerifyRule<ReservedAttributeCaseRule>.NoFix<UseReservedAttributeNameCodeFix>(Usings + """
            using CustomerIOSharp;

            class Customer : ICustomerDetails
            {
                public string Id { get; set; } = "";
                public string Email { get; set; } = "";
                public long CreatedAt { get; set; }
            }

            class Sync
            {
                const string EmailKey = "Email";

                async Task Run(HttpClient http, CustomerIo cio, string id)
                {
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new Dictionary<string, object> { [{|CIO1008:EmailKey|}] = "a@b.c" });
                    await cio.IdentifyAsync(new Customer { {|CIO1008:CreatedAt|} = 1 });
                }
            }
            """);

        private static Task ExpectPlacement(string source, DiagnosticResult expected)
            => VerifyRule<ReservedAttributeCaseRule>.Placement(Usings + source, expected);
    }
}
