using System.Threading.Tasks;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class GeneratedIdentifierRuleTests
    {
        [Fact]
        public Task CustomerIoSharp() => VerifyRule<GeneratedIdentifierRule>.Analyzer("""
            using CustomerIOSharp;

            class Sync
            {
                async Task Run(CustomerIo cio)
                {
                    await cio.TrackEventAsync("signed up", null, null, {|CIO1013:Guid.NewGuid()|}.ToString());
                    await cio.DeleteCustomerAsync({|CIO1013:DateTime.UtcNow.Ticks|}.ToString());
                    await cio.IdentifyAsync(new CustomerDetails({|CIO1013:Guid.NewGuid()|}.ToString("N"), "a@b.c"));
                }
            }
            """);

        [Fact]
        public Task NetSdkSegmentAndRudderStack() => VerifyRule<GeneratedIdentifierRule>.Analyzer("""
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            class Sync
            {
                async Task Run(CustomerIOTrackApiClient track, Segment.IAnalyticsClient segment, RudderStack.RudderClient rudder)
                {
                    var id = {|CIO1013:Guid.NewGuid()|}.ToString();
                    await track.IdentifyCustomerAsync(id, new IdentifyCustomerRequest());
                    segment.Identify("user-" + {|CIO1013:Environment.TickCount64|}, new Dictionary<string, object>());
                    rudder.Track($"{{|CIO1013:new Random().Next()|}}", "paid", new Dictionary<string, object>());
                }
            }
            """);

        [Fact]
        public Task RawHttpPathsAndBodies() => VerifyRule<GeneratedIdentifierRule>.Analyzer("""
            class Sync
            {
                async Task Run(HttpClient http)
                {
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString({|CIO1013:Guid.NewGuid()|}.ToString())}", new { plan = "pro" });
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u1", new { id = {|CIO1013:Guid.NewGuid()|}, email = "a@b.c" });
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new { transactional_message_id = 3, to = "a@b.c", identifiers = new { id = {|CIO1013:Random.Shared.Next()|} } });
                }
            }
            """);

        [Fact]
        public Task AWrapperFromTheApiFile() => VerifyRule<GeneratedIdentifierRule>.AnalyzerWithApiFile("""
            namespace Acme
            {
                public class Gateway
                {
                    public Task IdentifyAsync(string userId) => Task.CompletedTask;
                }

                class Sync
                {
                    Task Run(Gateway gateway) => gateway.IdentifyAsync({|CIO1013:Guid.NewGuid()|}.ToString());
                }
            }
            """, "customer-id M:Acme.Gateway.IdentifyAsync(System.String) userId");

        [Fact]
        public Task IdsKeptOrReturnedAreSilent() => VerifyRule<GeneratedIdentifierRule>.Analyzer("""
            using CustomerIOSharp;

            class Customer : ICustomerDetails
            {
                public string Id { get; set; } = "";
                public string Email { get; set; } = "";
            }

            class Signups
            {
                private string lastId = "";

                async Task<string> Run(CustomerIo cio, HttpClient http, List<string> saved)
                {
                    // Kept in a local the code reads again.
                    var id = Guid.NewGuid().ToString();
                    saved.Add(id);
                    await cio.DeleteCustomerAsync(id);

                    // The user's own entity keeps its id.
                    var customer = new Customer { Id = Guid.NewGuid().ToString(), Email = "a@b.c" };
                    await cio.IdentifyAsync(customer);

                    // A body kept beyond the send.
                    var body = new { id = Guid.NewGuid(), email = "a@b.c" };
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u1", body);
                    Console.WriteLine(body);

                    // Set on a field.
                    await cio.TrackEventAsync("paid", customerId: lastId = Guid.NewGuid().ToString());
                    return id;
                }
            }
            """);

        [Fact]
        public Task StoredIdsAndAnonymousIdsAreSilent() => VerifyRule<GeneratedIdentifierRule>.Analyzer("""
            class Events
            {
                async Task Run(HttpClient http, string userId, Guid accountId)
                {
                    await http.PostAsJsonAsync("https://track.customer.io/api/v1/events", new { name = "viewed", anonymous_id = Guid.NewGuid() });
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}", new { plan = "pro", request_id = Guid.NewGuid() });
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{accountId}", new { plan = "pro" });
                    await http.PostAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}/events", new { name = "paid", id = Guid.NewGuid() });
                }
            }
            """);

        [Fact]
        public Task LookAlikesAreSilent() => VerifyRule<GeneratedIdentifierRule>.Analyzer("""
            class Analytics
            {
                public void Identify(string userId) { }
                public Task TrackEventAsync(string eventName, object? data = null, DateTime? timestamp = null, string? customerId = null) => Task.CompletedTask;
            }

            class Sync
            {
                async Task Run(Analytics mine, HttpClient http)
                {
                    mine.Identify(Guid.NewGuid().ToString());
                    await mine.TrackEventAsync("paid", customerId: Guid.NewGuid().ToString());
                    await http.PutAsJsonAsync($"https://crm.example.com/api/v1/customers/{Guid.NewGuid()}", new { id = Guid.NewGuid() });
                }
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<GeneratedIdentifierRule>.Analyzer(LookAlikes.Sending("string", "Guid.NewGuid().ToString()"));

        [Fact]
        public async Task TestProjectsAreSilent()
        {
            var test = new CioTest<EmptyCodeFixProvider>(TestSubject.Of(new GeneratedIdentifierRule()))
            {
                TestCode = """
                    class Fixture
                    {
                        Task Run(CustomerIOSharp.CustomerIo cio) => cio.DeleteCustomerAsync(Guid.NewGuid().ToString());
                    }
                    """,
            };
            test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location));
            await test.RunAsync();
        }

        [Fact]
        public Task ReportedOnTheGeneratorWithTheCallAsSink() => VerifyRule<GeneratedIdentifierRule>.Placement(
            """
            class Sync
            {
                async Task Run(CustomerIOSharp.CustomerIo cio)
                {
                    var id = {|#0:Guid.NewGuid()|}.ToString("N");
                    await {|#1:cio.DeleteCustomerAsync(id)|};
                }
            }
            """,
            new DiagnosticResult(GeneratedIdentifierRule.Rule).WithLocation(0).WithLocation(1)
                .WithArguments("Guid.NewGuid()", "CustomerIo.DeleteCustomerAsync(customerId)"));
    }
}
