using System.Threading.Tasks;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class EventNameAndDataRuleTests
    {
        /// <summary>The namespaces these tests use beyond an SDK project's implicit usings.</summary>
        private const string Usings = """
            using System.Text.Json;

            """;

        private static Task Verify(string code) => VerifyRule<EventNameAndDataRule>.Analyzer(Usings + code);

        [Fact]
        public Task CustomerIoSharpNamesAndData() => Verify("""
            using CustomerIOSharp;

            class Checkout
            {
                const string Unnamed = " ";

                async Task Run(CustomerIo cio, string userId, int total, List<string> items, string[] tags)
                {
                    await cio.TrackEventAsync({|CIO1012:""|}, new { total }, null, userId);
                    await cio.TrackNonCustomerEventAsync({|CIO1012:Unnamed|});
                    await cio.TrackEventAsync("paid", {|CIO1012:""|}, null, userId);
                    await cio.TrackEventAsync("paid", {|CIO1012:JsonSerializer.Serialize(new { total })|}, null, userId);
                    await cio.TrackEventAsync("paid", data: {|CIO1012:total|}, customerId: userId);
                    await cio.TrackEventAsync("paid", {|CIO1012:true|}, null, userId);
                    await cio.TrackNonCustomerEventAsync("viewed", {|CIO1012:items|});
                    await cio.TrackNonCustomerEventAsync("viewed", {|CIO1012:tags.Select(t => t.Trim())|});
                    await cio.TrackNonCustomerEventAsync("viewed", {|CIO1012:new[] { 1, 2 }|});
                }
            }
            """);

        [Fact]
        public Task NetSdkSegmentAndRudderStackNames() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIO.Net.Sdk.TrackApi.Models.Event;

            class Checkout
            {
                async Task Run(CustomerIOTrackApiClient track, Segment.IAnalyticsClient segment, RudderStack.RudderClient rudder, string userId)
                {
                    await track.TrackEventAsync(userId, new TrackEventRequest { Name = {|CIO1012:""|} });
                    _ = new TrackAnonymousEventRequest { Name = {|CIO1012:"  "|}, AnonymousId = "a1" };
                    segment.Track(userId, {|CIO1012:""|});
                    rudder.Track(userId, {|CIO1012:string.Empty|});
                }
            }
            """);

        [Fact]
        public Task RawHttpEventBodies() => Verify("""
            class Checkout
            {
                async Task Run(HttpClient http, string userId, decimal total)
                {
                    var url = $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}/events";
                    await http.PostAsJsonAsync(url, new { name = {|CIO1012:""|}, data = new { total } });
                    await http.PostAsJsonAsync(url, new { name = "paid", data = {|CIO1012:""|} });
                    await http.PostAsJsonAsync(url, new Dictionary<string, object> { ["name"] = "paid", ["data"] = {|CIO1012:total|} });
                    await http.PostAsJsonAsync("https://track-eu.customer.io/api/v1/events", new { anonymous_id = "a1", name = {|CIO1012:" "|}, data = {|CIO1012:JsonSerializer.Serialize(new { total })|} });
                    var body = new Dictionary<string, object> { ["name"] = "paid" };
                    body["data"] = {|CIO1012:new List<decimal> { total }|};
                    await http.PostAsync(url, JsonContent.Create(body));
                }
            }
            """);

        [Fact]
        public Task RelativeEventPathOfAClientWhoseBaseAddressIsCustomerIo() => Verify("""
            class TrackClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };

                Task Paid(string id) => http.PostAsJsonAsync($"customers/{Uri.EscapeDataString(id)}/events", new { name = "paid", data = {|CIO1012:"total=42"|} });
                Task Viewed() => http.PostAsJsonAsync("events", new { anonymous_id = "a1", name = {|CIO1012:""|} });
            }
            """);

        [Fact]
        public Task ConfiguredWrapper() => VerifyRule<EventNameAndDataRule>.AnalyzerWithApiFile(Usings + """
            namespace Acme.Crm
            {
                public sealed class Gateway
                {
                    public Task TrackAsync(string userId, string eventName, object data) => Task.CompletedTask;
                }

                class Checkout
                {
                    Task Run(Gateway gateway, string userId) => gateway.TrackAsync(userId, {|CIO1012:""|}, {|CIO1012:"{}"|});
                    Task Right(Gateway gateway, string userId) => gateway.TrackAsync(userId, "paid", new { total = 42 });
                }
            }
            """, """
            event-name  M:Acme.Crm.Gateway.TrackAsync(System.String,System.String,System.Object) eventName
            event-data  M:Acme.Crm.Gateway.TrackAsync(System.String,System.String,System.Object) data
            """);

        [Fact]
        public Task ObjectsDictionariesRunTimeNamesAndNullAreSilent() => Verify("""
            using CustomerIOSharp;
            using CustomerIO.Net.Sdk.TrackApi.Models.Event;

            class Payload { public int Total { get; set; } }

            class Checkout
            {
                async Task Run(CustomerIo cio, HttpClient http, string userId, string eventName, object anything, dynamic loose,
                    IReadOnlyDictionary<string, int> counts, JsonElement element, System.Text.Json.Nodes.JsonObject node)
                {
                    await cio.TrackEventAsync(eventName, new { total = 42 }, null, userId);
                    await cio.TrackEventAsync("paid", null, null, userId);
                    await cio.TrackEventAsync("paid", new Payload { Total = 1 }, null, userId);
                    await cio.TrackEventAsync("paid", new Dictionary<string, object> { ["total"] = 42 }, null, userId);
                    await cio.TrackEventAsync("paid", anything, null, userId);
                    await cio.TrackEventAsync("paid", (object)loose, null, userId);
                    await cio.TrackEventAsync("paid", counts, null, userId);
                    await cio.TrackEventAsync("paid", element, null, userId);
                    await cio.TrackEventAsync("paid", node, null, userId);
                    await cio.TrackNonCustomerEventAsync("viewed");
                    _ = new TrackEventRequest { Name = eventName, Data = new Dictionary<string, object?>() };
                    var url = $"https://track.customer.io/api/v1/customers/{userId}/events";
                    await http.PostAsJsonAsync(url, new { name = "paid", data = new { } });
                    await http.PostAsJsonAsync(url, new { name = "paid", data = (string?)null });
                    await http.PostAsJsonAsync(url, new { name = "paid", data = new { name = "", data = "" } });
                }
            }
            """);

        [Fact]
        public Task OtherEndpointsAndLookAlikesAreSilent() => Verify("""
            class Analytics
            {
                public Task TrackEventAsync(string eventName, object? data = null) => Task.CompletedTask;
            }

            class Checkout
            {
                async Task Run(Analytics mine, HttpClient http, string userId)
                {
                    await mine.TrackEventAsync("", "");
                    await http.PostAsJsonAsync($"https://api.example.com/api/v1/customers/{userId}/events", new { name = "", data = "" });
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{userId}", new { name = "", data = "" });
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new { to = "a@b.co", identifiers = new { id = userId }, message_data = "", name = "" });
                    await http.PostAsJsonAsync("https://cdp.customer.io/v1/track", new { userId, @event = "", properties = "" });
                }
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<EventNameAndDataRule>.Analyzer(LookAlikes.Sending("string", "\"\""));

        [Fact]
        public Task ReportedOnTheValueWithTheCallAsSink() => VerifyRule<EventNameAndDataRule>.Placement(
            Usings + """
                class Checkout
                {
                    async Task Run(CustomerIOSharp.CustomerIo cio, string userId)
                    {
                        var summary = {|#0:JsonSerializer.Serialize(new { total = 42 })|};
                        await {|#1:cio.TrackEventAsync("paid", summary, null, userId)|};
                    }
                }
                """,
            new DiagnosticResult(EventNameAndDataRule.Rule).WithLocation(0).WithLocation(1)
                .WithArguments("CustomerIo.TrackEventAsync(data)", "a string as event data", "event data must be a hash (send \"data\":{} not \"data\":\"\")"));
    }
}
