using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Placement
{
    /// <summary>
    /// A diagnostic sits on the mistake (the millisecond producer, the empty string, the configuration read) and
    /// names the place that sends it as its first additional location; the fix's target, when there is one, follows.
    /// Markup: {|#0:...|} the primary location, {|#1:...|} the sink, {|#2:...|} the fix's target.
    /// </summary>
    public class DiagnosticPlacementTests
    {
        [Fact]
        public Task MillisecondsInALocalAboveAPayload() => Expect(
            """
            class Sync
            {
                async Task Run(HttpClient http, string id)
                {
                    var body = new { created_at = {|#0:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} };
                    await {|#1:http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", body)|};
                }
            }
            """,
            new DiagnosticResult(UnixMillisecondsRule.Rule).WithLocation(0).WithLocation(1).WithLocation(0)
                .WithArguments("DateTimeOffset.ToUnixTimeMilliseconds()", "JSON \"created_at\""));

        [Fact]
        public Task MillisecondsFromALocalUsedTwiceHasNoFixTarget() => Expect(
            """
            class Sync
            {
                async Task Run(HttpClient http, string id)
                {
                    var ms = {|#0:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|};
                    Console.WriteLine(ms);
                    await {|#1:http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new { created_at = ms })|};
                }
            }
            """,
            new DiagnosticResult(UnixMillisecondsRule.Rule).WithLocation(0).WithLocation(1)
                .WithArguments("DateTimeOffset.ToUnixTimeMilliseconds()", "JSON \"created_at\""));

        [Fact]
        public Task EmptyIdentifierInALocalAboveAClientCall() => Expect(
            """
            class Sync
            {
                async Task Run(CustomerIOSharp.CustomerIo cio)
                {
                    var nobody = {|#0:""|};
                    await {|#1:cio.DeleteCustomerAsync(nobody)|};
                }
            }
            """,
            new DiagnosticResult(EmptyCustomerIdentifierRule.Rule).WithLocation(0).WithLocation(1)
                .WithArguments("CustomerIo.DeleteCustomerAsync(customerId)"));

        [Fact]
        public Task EmptyIdInABodyWhoseUrlNamesThePersonCarriesTheMemberToRemove() => Expect(
            """
            class Sync
            {
                async Task Run(HttpClient http, string userId)
                {
                    var attributes = new Dictionary<string, object> { ["plan"] = "pro" };
                    {|#2:attributes["id"] = {|#0:string.Empty|}|};
                    await {|#1:http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{userId}", attributes)|};
                }
            }
            """,
            new DiagnosticResult(EmptyCustomerIdentifierRule.Rule).WithLocation(0).WithLocation(1).WithLocation(2)
                .WithArguments("JSON \"id\""));

        [Fact]
        public Task CredentialReadAboveTheClientConstruction() => Expect(
            """
            class Sync
            {
                CustomerIOSharp.CustomerIo Create(IConfiguration configuration)
                {
                    var key = {|#0:configuration["CustomerIO:ApiKey"]|};
                    return {|#1:new CustomerIOSharp.CustomerIo("site", key)|};
                }
            }
            """,
            new DiagnosticResult(MaybeMissingCredentialRule.Rule).WithLocation(0).WithLocation(1).WithLocation(0)
                .WithArguments("Track API key", "new CustomerIo(apiKey)", "configuration[\"CustomerIO:ApiKey\"]"));

        [Fact]
        public Task CredentialPropertyOfAnOptionsObject() => Expect(
            """
            class Sync
            {
                CustomerIO.Net.Sdk.TrackApi.TrackApiOptions Options() => new() { {|#1:ApiKey = {|#0:Environment.GetEnvironmentVariable("CUSTOMERIO_API_KEY")|}|} };
            }
            """,
            new DiagnosticResult(MaybeMissingCredentialRule.Rule).WithLocation(0).WithLocation(1).WithLocation(0)
                .WithArguments("Track API key", "TrackApiOptions.ApiKey", "Environment.GetEnvironmentVariable(\"CUSTOMERIO_API_KEY\")"));

        /// <summary>Each expectation is checked alone: the host's other rules (an unescaped id, an unchecked response) are off.</summary>
        private static Task Expect(string source, DiagnosticResult expected)
            => Verifier.Placement(TestSubject.Of(RoleSinkAnalyzer.Rules.Single(r => r.Descriptor.Id == expected.Id)), source, new[] { expected });
    }
}
