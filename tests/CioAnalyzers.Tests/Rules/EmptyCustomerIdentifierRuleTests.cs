using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class EmptyCustomerIdentifierRuleTests
    {
        [Fact]
        public Task CustomerIoSharp() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer("""
            using CustomerIOSharp;

            class Customer : ICustomerDetails
            {
                public string Id { get; set; } = "";
                public string Email { get; set; } = "";
            }

            class Sync
            {
                const string NoOne = " ";

                async Task Run(CustomerIo cio)
                {
                    await cio.TrackEventAsync("paid", null, null, {|CIO1002:""|});
                    await cio.DeleteCustomerAsync({|CIO1002:string.Empty|});
                    await cio.TrackEventAsync("paid", customerId: {|CIO1002:NoOne|});
                    await cio.IdentifyAsync(new Customer { Id = {|CIO1002:""|}, Email = "a@b.c" });
                    await cio.IdentifyAsync(new CustomerDetails({|CIO1002:""|}, "a@b.c"));
                }
            }
            """);

        [Fact]
        public Task CustomerIoSharpTrackApi() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer("""
            using CustomerIOSharp;

            class Sync
            {
                Task Run(TrackApi track) => track.TrackEventAsync("paid", customerId: {|CIO1002:""|});
            }
            """, StandIns.CustomerIoSharpTrackAndAppApi);

        [Fact]
        public Task NetSdkSegmentAndRudderStack() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer("""
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            class Sync
            {
                async Task Run(CustomerIOTrackApiClient track, Segment.IAnalyticsClient segment, RudderStack.RudderClient rudder)
                {
                    var id = {|CIO1002:""|};
                    await track.IdentifyCustomerAsync(id, new IdentifyCustomerRequest());
                    await track.DeleteCustomerAsync({|CIO1002:"  "|});
                    segment.Identify({|CIO1002:""|}, new Dictionary<string, object>());
                    Segment.Analytics.Client.Track({|CIO1002:""|}, "paid", new Dictionary<string, object>());
                    rudder.Track({|CIO1002:string.Empty|}, "paid", new Dictionary<string, object>());
                }
            }
            """);

        [Fact]
        public Task RawHttpPathsAndBodies() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer("""
            class Sync
            {
                const string Base = "https://track.customer.io/api/v1/customers/";

                async Task Run(HttpClient http)
                {
                    var none = "";
                    await http.PostAsJsonAsync({|CIO1002:Base + none + "/events"|}, new { name = "paid" });
                    await http.PostAsJsonAsync($"https://track.customer.io/api/v1/customers/{{|CIO1002:string.Empty|}}/events", new { name = "paid" });
                    await http.DeleteAsync({|CIO1002:"https://api.customer.io/v1/customers//attributes"|});
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u1", new { id = {|CIO1002:""|}, email = "a@b.c" });
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new { transactional_message_id = 3, identifiers = new { id = {|CIO1002:" "|} } });
                }
            }
            """);

        [Fact]
        public Task RelativePathOfAClientWhoseBaseAddressIsCustomerIo() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer("""
            class TrackClient
            {
                private const string TrackBase = "https://track.customer.io/api/v1/";
                private readonly HttpClient http = new() { BaseAddress = new Uri(TrackBase) };

                Task Forget(string id) => http.DeleteAsync("customers/" + {|CIO1002:string.Empty|});
                Task Forget2(string id) => http.DeleteAsync("customers/" + Uri.EscapeDataString(id));
            }

            class Unrelated
            {
                private readonly HttpClient http = new();

                Task Forget() => http.DeleteAsync("customers/");
            }
            """);

        [Fact]
        public Task RunTimeNullAndOmittedIdentifiersAreSilent() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer("""
            using CustomerIOSharp;

            class Sync
            {
                async Task Run(CustomerIo cio, HttpClient http, string userId, string? maybe)
                {
                    await cio.TrackEventAsync("paid");
                    await cio.TrackEventAsync("paid", null, null, null);
                    await cio.DeleteCustomerAsync();
                    await cio.TrackEventAsync("paid", customerId: userId);
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}", new { email = "a@b.c", note = "" });
                    await http.PostAsJsonAsync("https://track.customer.io/api/v1/events", new { name = "paid", data = new { id = "" } });
                    var changing = "";
                    changing = userId;
                    await cio.DeleteCustomerAsync(changing);
                    await http.DeleteAsync($"https://track.customer.io/api/v1/customers/user-{userId}");
                    await http.DeleteAsync($"https://track.customer.io/api/v1/customers/{userId}{maybe}/devices/d1");
                }
            }
            """);

        [Fact]
        public Task LookAlikesAreSilent() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer("""
            class Analytics
            {
                public void Identify(string userId) { }
                public Task TrackEventAsync(string eventName, object? data = null, DateTime? timestamp = null, string? customerId = null) => Task.CompletedTask;
            }

            class Sync
            {
                async Task Run(Analytics mine, HttpClient http)
                {
                    mine.Identify("");
                    await mine.TrackEventAsync("paid", customerId: "");
                    await http.PutAsJsonAsync("https://crm.example.com/api/v1/customers//events", new { id = "" });
                }
            }
            """);

        [Fact]
        public Task RemovesAnEmptyIdTheUrlAlreadyCarries() => VerifyRule<EmptyCustomerIdentifierRule>.Fix<RemoveEmptyIdentifierCodeFix>("""
            class Sync
            {
                async Task Run(HttpClient http, string userId)
                {
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{userId}", new { id = {|CIO1002:""|}, email = "a@b.c" });
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{userId}", new Dictionary<string, object> { ["id"] = {|CIO1002:""|}, ["plan"] = "pro" });
                    var attributes = new Dictionary<string, object> { ["plan"] = "pro" };
                    attributes["id"] = {|CIO1002:string.Empty|};
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{userId}", attributes);
                }
            }
            """, """
            class Sync
            {
                async Task Run(HttpClient http, string userId)
                {
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{userId}", new { email = "a@b.c" });
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{userId}", new Dictionary<string, object> { ["plan"] = "pro" });
                    var attributes = new Dictionary<string, object> { ["plan"] = "pro" };
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{userId}", attributes);
                }
            }
            """);

        [Fact]
        public Task NoFixWhereNoCorrectFormIsKnown() => VerifyRule<EmptyCustomerIdentifierRule>.NoFix<RemoveEmptyIdentifierCodeFix>("""
            class Sync
            {
                async Task Run(HttpClient http, Segment.Client segment)
                {
                    segment.Identify({|CIO1002:""|}, new Dictionary<string, object>());
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new { identifiers = new { id = {|CIO1002:""|} } });
                }
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer(LookAlikes.Sending("string", "\"\""));
    }
}
