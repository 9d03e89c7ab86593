using System.Threading.Tasks;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class AttributeTypeConsistencyRuleTests
    {
        [Fact]
        public Task TheLessFrequentTypeOnRawHttpBodies() => VerifyRule<AttributeTypeConsistencyRule>.Analyzer("""
            class Profiles
            {
                const string Track = "https://track.customer.io/api/v1/customers/";

                async Task Signup(HttpClient http, string id, int planId)
                {
                    await http.PutAsJsonAsync(Track + Uri.EscapeDataString(id), new { plan_id = 42, trial = true });
                    await http.PutAsJsonAsync(Track + Uri.EscapeDataString(id), new Dictionary<string, object> { ["plan_id"] = planId, ["trial"] = false });
                }

                async Task Upgrade(HttpClient http, string id)
                {
                    await http.PutAsJsonAsync(Track + Uri.EscapeDataString(id), new { plan_id = {|CIO1010:"43"|}, trial = {|CIO1010:"false"|} });
                }
            }
            """);

        [Fact]
        public Task EqualCountsAreAllReported() => VerifyRule<AttributeTypeConsistencyRule>.Analyzer("""
            class Profiles
            {
                Task A(HttpClient http) => http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/a", new { seats = {|CIO1010:5|} });

                Task B(HttpClient http, string seats) => http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/b", new { seats = {|CIO1010:seats|} });
            }
            """);

        [Fact]
        public Task CustomerDetailsPropertiesAreAttributesToo() => VerifyRule<AttributeTypeConsistencyRule>.Analyzer("""
            using CustomerIOSharp;

            class Customer : ICustomerDetails
            {
                public string Id { get; set; } = "";
                public string Email { get; set; } = "";
                public string Plan_Id { get; set; } = "";
            }

            class Profiles
            {
                async Task Run(CustomerIo cio, HttpClient http)
                {
                    await cio.IdentifyAsync(new Customer { Id = "u1", Email = "a@b.co", Plan_Id = "7" });
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u1", new { plan_Id = 7, tier = 1 });
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u2", new { plan_Id = 8 });
                }
            }
            """.Replace("Plan_Id = \"7\"", "Plan_Id = {|CIO1010:\"7\"|}"));

        [Fact]
        public Task OneTypeEveryWhereNumbersOfTwoKindsEventsAndRunTimeObjectsAreSilent() => VerifyRule<AttributeTypeConsistencyRule>.Analyzer("""
            class Profiles
            {
                async Task Run(HttpClient http, object anything, string? maybe)
                {
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/a", new { plan = "pro", seats = 5, score = 1.5, trial = true });
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/b", new { plan = "team", seats = 6L, score = 2, trial = false, extra = anything });
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/c", new { extra = "x", note = (string?)null, plan = maybe });
                    await http.PostAsJsonAsync("https://track.customer.io/api/v1/customers/a/events", new { name = "paid", data = new { seats = "5" } });
                    await http.PostAsJsonAsync("https://track.customer.io/api/v1/customers/a/events", new { name = 5 });
                    await http.PutAsJsonAsync("https://api.example.com/api/v1/customers/a", new { plan = 7 });
                }
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<AttributeTypeConsistencyRule>.Analyzer(LookAlikes.Sending("string", "\"7\""));

        [Fact]
        public Task PlacedOnTheValueWithTheCallAndTheOtherTypesFirstUse() => VerifyRule<AttributeTypeConsistencyRule>.Placement(
            """
                class Profiles
                {
                    async Task Run(HttpClient http)
                    {
                        await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/a", new { plan_id = {|#2:42|} });
                        await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/b", new { plan_id = 43 });
                        var body = new { plan_id = {|#0:"44"|} };
                        await {|#1:http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/c", body)|};
                    }
                }
                """,
            new DiagnosticResult(AttributeTypeConsistencyRule.Rule)
                .WithLocation(0).WithLocation(1).WithLocation(0).WithLocation(2)
                .WithArguments("plan_id", "string", "number"));
    }
}
