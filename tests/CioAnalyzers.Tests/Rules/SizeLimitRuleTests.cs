using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class SizeLimitRuleTests
    {
        private static readonly string Id151 = Text(151);
        private static readonly string Id150 = Text(150);
        private static readonly string Name101 = Text(101);
        private static readonly string Name100 = Text(100);
        private static readonly string Value1001 = Text(1001);
        private static readonly string Value1000 = Text(1000);

        /// <summary>76 accented letters: 76 characters, 152 UTF-8 bytes.</summary>
        private static readonly string Accented152 = new('é', 76);

        private static Task Verify(string code, params string[] alternateLibraries) => VerifyRule<SizeLimitRule>.Analyzer(code, alternateLibraries);

        private static string Text(int length) => new('a', length);

        [Fact]
        public Task LongCustomerIdentifiers() => Verify($$"""
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIOSharp;
            using Segment;

            class Sync
            {
                const string Legacy = "{{Id151}}";

                async Task Run(HttpClient http, CustomerIo cio, CustomerIOTrackApiClient track, Client segment)
                {
                    await cio.DeleteCustomerAsync({|CIO1006:Legacy|});
                    await track.DeleteCustomerAsync({|CIO1006:"{{Accented152}}"|});
                    await http.DeleteAsync({|CIO1006:"https://track.customer.io/api/v1/customers/{{Id151}}"|});
                    segment.Identify({|CIO1006:"{{Id151}}"|}, new Dictionary<string, object>());
                }
            }
            """);

        [Fact]
        public Task LongEventNames() => Verify($$"""
            using CustomerIO.Net.Sdk.TrackApi.Models.Event;
            using CustomerIOSharp;

            class Sync
            {
                async Task Run(CustomerIo cio)
                {
                    await cio.TrackEventAsync({|CIO1006:"{{Name101}}"|}, null, null, "u1");
                    _ = new TrackEventRequest { Name = {|CIO1006:"{{Name101}}"|} };
                }
            }
            """);

        [Fact]
        public Task LongAttributeNamesAndValues() => Verify($$"""
            class Sync
            {
                async Task Run(HttpClient http, string id)
                {
                    var attributes = new Dictionary<string, object> { [{|CIO1006:"{{Id151}}"|}] = 1, ["bio"] = {|CIO1006:"{{Value1001}}"|} };
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", attributes);
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new { bio = {|CIO1006:"{{Value1001}}"|} });
                }
            }
            """);

        [Fact]
        public Task MoreThanThreeHundredAttributesInOneInitializer() => Verify($$"""
            class Sync
            {
                Task Run(HttpClient http, string id)
                    => http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new Dictionary<string, object> {|CIO1006:{ {{string.Join(", ", Enumerable.Range(0, 301).Select(i => $"[\"a{i}\"] = {i}"))}} }|});
            }
            """);

        [Fact]
        public Task AtTheLimitsAndUnknownValuesAreSilent() => Verify($$"""
            using CustomerIOSharp;

            class Sync
            {
                async Task Run(HttpClient http, CustomerIo cio, string id, string bio)
                {
                    await cio.DeleteCustomerAsync("{{Id150}}");
                    await cio.TrackEventAsync("{{Name100}}", null, null, id);
                    await cio.TrackEventAsync(bio, null, null, bio);
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new Dictionary<string, object> { ["{{Id150}}"] = 1, ["bio"] = "{{Value1000}}", ["note"] = bio });
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new Dictionary<string, object> { {{string.Join(", ", Enumerable.Range(0, 300).Select(i => $"[\"a{i}\"] = {i}"))}} });
                    await http.DeleteAsync("https://track.customer.io/api/v1/customers/{{string.Concat(Enumerable.Repeat("%C3%A9", 30))}}");
                    await http.PutAsJsonAsync($"https://api.example.com/api/v1/customers/{{Id151}}", new { bio = "{{Value1001}}" });
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new { body = "{{Value1001}}" });
                }
            }
            """);

        [Fact]
        public Task ConfiguredWrapper() => VerifyRule<SizeLimitRule>.AnalyzerWithApiFile($$"""
            using System.Threading.Tasks;

            namespace Acme.Crm
            {
                public sealed class CustomerIoGateway
                {
                    public Task TrackAsync(string userId, string eventName) => Task.CompletedTask;
                }

                class Checkout
                {
                    Task Run(CustomerIoGateway gateway) => gateway.TrackAsync({|CIO1006:"{{Id151}}"|}, {|CIO1006:"{{Name101}}"|});
                }
            }
            """, """
            customer-id  M:Acme.Crm.CustomerIoGateway.TrackAsync(System.String,System.String) userId
            event-name   M:Acme.Crm.CustomerIoGateway.TrackAsync(System.String,System.String) eventName
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<SizeLimitRule>.Analyzer(LookAlikes.Sending("string", $"\"{Value1001}\""));

        [Fact]
        public Task ReportedOnTheConstantWithTheCall() => ExpectPlacement($$"""
            class Sync
            {
                async Task Run(CustomerIOSharp.CustomerIo cio)
                {
                    var name = {|#0:"{{Name101}}"|};
                    await {|#1:cio.TrackEventAsync(name, null, null, "u1")|};
                }
            }
            """, new DiagnosticResult(SizeLimitRule.Rule).WithLocation(0).WithLocation(1)
                .WithArguments("The event name is 101 bytes", "100 bytes"));

        private static Task ExpectPlacement(string source, DiagnosticResult expected)
            => VerifyRule<SizeLimitRule>.Placement(source, expected);
    }
}
