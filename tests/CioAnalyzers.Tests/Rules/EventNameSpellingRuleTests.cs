using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class EventNameSpellingRuleTests
    {
        /// <summary>The namespaces these tests use beyond an SDK project's implicit usings.</summary>
        private const string Usings = """
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIO.Net.Sdk.TrackApi.Models.Event;
            using CustomerIOSharp;

            """;

        private static Task Verify(string code) => VerifyRule<EventNameSpellingRule>.Analyzer(Usings + code);

        [Fact]
        public Task LessFrequentSpellingsOnEverySurface() => Verify("""
            class Checkout
            {
                async Task Run(CustomerIo cio, CustomerIOTrackApiClient track, Segment.Client segment, RudderStack.RudderClient rudder, HttpClient http)
                {
                    await http.PostAsJsonAsync("https://track.customer.io/api/v1/customers/u1/events", new { name = {|CIO1009:"Order-Completed"|} });
                    await cio.TrackEventAsync("order_completed", customerId: "u1");
                    await cio.TrackNonCustomerEventAsync("order_completed");
                    await track.TrackEventAsync("u1", new TrackEventRequest { Name = {|CIO1009:"Order Completed"|} });
                    segment.Track("u1", {|CIO1009:"orderCompleted"|}, new Dictionary<string, object>());
                    rudder.Track("u1", {|CIO1009:"order-completed"|}, new Dictionary<string, object>());
                    await cio.TrackEventAsync("order_cancelled", customerId: "u1");
                }
            }
            """);

        [Fact]
        public Task TiedSpellingsAreAllReportedWithoutAFix() => VerifyRule<EventNameSpellingRule>.NoFix<UseMostFrequentEventNameCodeFix>(Usings + """
            class Signup
            {
                Task First(CustomerIo cio) => cio.TrackEventAsync({|CIO1009:"signed_up"|}, customerId: "u1");

                Task Second(CustomerIo cio) => cio.TrackEventAsync({|CIO1009:"SignedUp"|}, customerId: "u2");
            }
            """);

        [Fact]
        public Task OneSpellingEverywhereAndDifferentNamesAreSilent() => Verify("""
            class Checkout
            {
                const string Completed = "order_completed";

                async Task Run(CustomerIo cio, Segment.Client segment)
                {
                    await cio.TrackEventAsync(Completed, customerId: "u1");
                    await cio.TrackEventAsync("order_completed", customerId: "u1");
                    segment.Track("u1", "order_completed", new Dictionary<string, object>());
                    await cio.TrackEventAsync("order_completed_v2", customerId: "u1");
                    await cio.TrackEventAsync("order_cancelled", customerId: "u1");
                    await cio.TrackEventAsync(System.Environment.MachineName, customerId: "u1");
                }
            }
            """);

        [Fact]
        public Task LookAlikesAreSilent() => Verify("""
            namespace Acme.Analytics
            {
                class CustomerIo { public Task TrackEventAsync(string eventName, object? data = null) => Task.CompletedTask; }

                class Checkout
                {
                    async Task Run(CustomerIOSharp.CustomerIo real, CustomerIo mine, Segment.Client segment)
                    {
                        await real.TrackEventAsync("order_completed", customerId: "u1");
                        await mine.TrackEventAsync("Order Completed");
                        segment.Track("u1", "Order Completed", new Segment.Model.Options());
                    }
                }
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<EventNameSpellingRule>.Analyzer(LookAlikes.Sending("string", "\"Order Completed\""));

        [Fact]
        public Task AWrappersEventNameCounts() => VerifyRule<EventNameSpellingRule>.AnalyzerWithApiFile(Usings + """
            namespace Acme.Crm
            {
                public class Gateway { public Task TrackAsync(string userId, string eventName) => Task.CompletedTask; }

                class Checkout
                {
                    async Task Run(CustomerIo cio, Gateway gateway)
                    {
                        await cio.TrackEventAsync("order_completed", customerId: "u1");
                        await cio.TrackEventAsync("order_completed", customerId: "u2");
                        await gateway.TrackAsync("u1", {|CIO1009:"OrderCompleted"|});
                    }
                }
            }
            """, "event-name M:Acme.Crm.Gateway.TrackAsync(System.String,System.String) eventName\n");

        [Fact]
        public Task PlacedOnTheNameWithTheCallAndTheMostFrequentSpellingsFirstUse() => VerifyRule<EventNameSpellingRule>.Placement(
            Usings + """
                class Checkout
                {
                    async Task Run(CustomerIo cio)
                    {
                        await cio.TrackEventAsync({|#2:"order_completed"|}, customerId: "u1");
                        await cio.TrackEventAsync("order_completed", customerId: "u2");
                        var name = {|#0:"Order Completed"|};
                        await {|#1:cio.TrackEventAsync(name, customerId: "u3")|};
                    }
                }
                """,
            new DiagnosticResult(EventNameSpellingRule.Rule)
                .WithLocation(0).WithLocation(1).WithLocation(0).WithLocation(2)
                .WithArguments("Order Completed", "order_completed"));

        [Fact]
        public Task FixWritesTheMostFrequentSpellingEverywhereWithFixAll() => VerifyRule<EventNameSpellingRule>.Fix<UseMostFrequentEventNameCodeFix>(Usings + """
            class Checkout
            {
                async Task Run(CustomerIo cio, Segment.Client segment)
                {
                    await cio.TrackEventAsync("order_completed", customerId: "u1");
                    await cio.TrackEventAsync("order_completed", customerId: "u2");
                    await cio.TrackEventAsync({|CIO1009:"Order Completed"|}, customerId: "u3");
                    segment.Track("u1", /* legacy */ {|CIO1009:"orderCompleted"|}, new Dictionary<string, object>());
                }
            }
            """, Usings + """
            class Checkout
            {
                async Task Run(CustomerIo cio, Segment.Client segment)
                {
                    await cio.TrackEventAsync("order_completed", customerId: "u1");
                    await cio.TrackEventAsync("order_completed", customerId: "u2");
                    await cio.TrackEventAsync("order_completed", customerId: "u3");
                    segment.Track("u1", /* legacy */ "order_completed", new Dictionary<string, object>());
                }
            }
            """);

        [Theory]
        [InlineData("order_completed", "ordercompleted")]
        [InlineData("Order Completed", "ordercompleted")]
        [InlineData("orderCompleted", "ordercompleted")]
        [InlineData("order-completed.v2", "ordercompletedv2")]
        public void NamesAreComparedWithoutCaseAndSeparators(string name, string normalised)
            => Assert.Equal(normalised, EventNameSpellingRule.Normalise(name));
    }
}
