using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class UnsubscribedStringRuleTests
    {
        [Fact]
        public Task RawHttpIdentifyBodies() => VerifyRule<UnsubscribedStringRule>.Analyzer("""
            class Preferences
            {
                const string Yes = "yes";

                async Task Run(HttpClient http, string userId)
                {
                    var url = $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}";
                    await http.PutAsJsonAsync(url, new { email = "a@b.co", unsubscribed = {|CIO1007:"yes"|} });
                    await http.PutAsJsonAsync(url, new Dictionary<string, object> { ["unsubscribed"] = {|CIO1007:Yes|} });
                    await http.PutAsJsonAsync(url, new Dictionary<string, string> { ["unsubscribed"] = {|CIO1007:"Y"|} });
                    await http.PutAsJsonAsync(url, new Dictionary<string, string> { ["unsubscribed"] = {|CIO1007:"unsubscribed"|} });
                    await http.PutAsJsonAsync(url, new Dictionary<string, string> { ["unsubscribed"] = "true" });
                    await http.PutAsJsonAsync(url, new { unsubscribed = "1" });
                    await http.PutAsJsonAsync(url, new { unsubscribed = "No" });
                    var attributes = new Dictionary<string, object>();
                    attributes.Add("unsubscribed", {|CIO1007:" TRUE "|});
                    await http.PutAsJsonAsync(url, attributes);
                }
            }
            """);

        [Fact]
        public Task RelativeIdentifyPathOfAClientWhoseBaseAddressIsCustomerIo() => VerifyRule<UnsubscribedStringRule>.Analyzer("""
            class TrackClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track-eu.customer.io/api/v1/") };

                Task OptOut(string id) => http.PutAsJsonAsync("customers/" + Uri.EscapeDataString(id), new { unsubscribed = {|CIO1007:"Yes"|} });
            }
            """);

        [Fact]
        public Task BooleansRunTimeValuesAndOtherBodiesAreSilent() => VerifyRule<UnsubscribedStringRule>.Analyzer("""
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            class Preferences
            {
                async Task Run(HttpClient http, Segment.IAnalyticsClient segment, string userId, string choice, bool optedOut)
                {
                    var url = $"https://track.customer.io/api/v1/customers/{userId}";
                    await http.PutAsJsonAsync(url, new { unsubscribed = true });
                    await http.PutAsJsonAsync(url, new { unsubscribed = optedOut });
                    await http.PutAsJsonAsync(url, new { unsubscribed = choice });
                    await http.PutAsJsonAsync(url, new { unsubscribed = 1 });
                    await http.PutAsJsonAsync(url, new { preferences = new { unsubscribed = "yes" } });
                    await http.PostAsJsonAsync(url + "/events", new { name = "opted_out", data = new { unsubscribed = "yes" } });
                    await http.PutAsJsonAsync("https://api.example.com/api/v1/customers/" + userId, new { unsubscribed = "yes" });
                    _ = new IdentifyCustomerRequest { Id = userId, Unsubscribed = true };
                    segment.Identify(userId, new Dictionary<string, object> { ["unsubscribed"] = "yes" });
                }
            }
            """);

        [Fact]
        public Task LookAlikesAreSilent() => VerifyRule<UnsubscribedStringRule>.Analyzer("""
            class IdentifyCustomerRequest { public string? Unsubscribed { get; set; } }

            class Preferences
            {
                void Run() => _ = new IdentifyCustomerRequest { Unsubscribed = "yes" };
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<UnsubscribedStringRule>.Analyzer(LookAlikes.Sending("string", "\"yes\""));

        [Fact]
        public Task ReplacesTheStringByTheBooleanItMeans() => VerifyRule<UnsubscribedStringRule>.Fix<UseBooleanUnsubscribedCodeFix>("""
            class Preferences
            {
                async Task Run(HttpClient http, string userId)
                {
                    var url = $"https://track.customer.io/api/v1/customers/{userId}";
                    await http.PutAsJsonAsync(url, new { unsubscribed = {|CIO1007:"yes"|} });
                    await http.PutAsJsonAsync(url, new Dictionary<string, object> { ["unsubscribed"] = {|CIO1007:" Y "|} /* from the form */ });
                }
            }
            """, """
            class Preferences
            {
                async Task Run(HttpClient http, string userId)
                {
                    var url = $"https://track.customer.io/api/v1/customers/{userId}";
                    await http.PutAsJsonAsync(url, new { unsubscribed = true });
                    await http.PutAsJsonAsync(url, new Dictionary<string, object> { ["unsubscribed"] = true /* from the form */ });
                }
            }
            """);

        [Fact]
        public Task NoFixForUnknownWordsStringSlotsAndConstants() => VerifyRule<UnsubscribedStringRule>.NoFix<UseBooleanUnsubscribedCodeFix>("""
            class Preferences
            {
                const string Yes = "yes";

                async Task Run(HttpClient http, string userId)
                {
                    var url = $"https://track.customer.io/api/v1/customers/{userId}";
                    await http.PutAsJsonAsync(url, new { unsubscribed = {|CIO1007:"weekly"|} });
                    await http.PutAsJsonAsync(url, new Dictionary<string, string> { ["unsubscribed"] = {|CIO1007:"yes"|} });
                    await http.PutAsJsonAsync(url, new { unsubscribed = {|CIO1007:Yes|} });
                }
            }
            """);

        [Fact]
        public Task ReportedOnTheStringWithTheCallAsSinkAndAsFixTarget() => VerifyRule<UnsubscribedStringRule>.Placement(
            """
                class Preferences
                {
                    async Task Run(HttpClient http, string userId)
                    {
                        var attributes = new Dictionary<string, object> { ["unsubscribed"] = {|#0:"yes"|} };
                        await {|#1:http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{userId}", attributes)|};
                    }
                }
                """,
            new DiagnosticResult(UnsubscribedStringRule.Rule).WithLocation(0).WithLocation(1).WithLocation(0)
                .WithArguments("JSON \"unsubscribed\"", "yes", "subscribed"));
    }
}
