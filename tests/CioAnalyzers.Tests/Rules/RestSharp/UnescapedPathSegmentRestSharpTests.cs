using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.Rules.RestSharp
{
    /// <summary>CIO3001 on RestSharp: its URL segments are escaped by the library unless 110+ is told encode: false.</summary>
    public class UnescapedPathSegmentRestSharpTests
    {
        [Fact]
        public Task CurrentSegmentsWithEncodeOff() => VerifyRule<UnescapedPathSegmentRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                private readonly RestClient client = new("https://track.customer.io/api/v1/");

                async Task<RestResponse> Identify(string id)
                {
                    var request = new RestRequest("customers/{id}", Method.Put).AddUrlSegment("id", {|CIO3001:id|}, encode: false);
                    request.AddJsonBody(new { plan = "pro" });
                    return await client.ExecuteAsync(request);
                }

                async Task<RestResponse> Forget(string id)
                {
                    var request = new RestRequest("customers/{id}", Method.Delete);
                    request.AddParameter("id", {|CIO3001:id|}, ParameterType.UrlSegment, false);
                    return await client.ExecuteAsync(request);
                }
            }
            """);

        [Fact]
        public Task NoEscapingFixWhenEncodeIsOff() => VerifyRule<UnescapedPathSegmentRule>.NoFix<EscapePathSegmentCodeFix>("""
            using RestSharp;

            class Sync
            {
                async Task<RestResponse> Identify(RestClient unused, string id)
                {
                    var client = new RestClient(new RestClientOptions("https://track.customer.io/api/v1"));
                    return await client.ExecuteAsync(new RestRequest("customers/{id}", Method.Put).AddUrlSegment("id", {|CIO3001:id|}, false));
                }
            }
            """);

        [Fact]
        public Task ClassicIdWrittenIntoTheResource() => VerifyRule<UnescapedPathSegmentRule>.Fix<EscapePathSegmentCodeFix>("""
            using RestSharp;

            class Sync
            {
                IRestResponse Identify(string id)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    var request = new RestRequest($"customers/{{|CIO3001:id|}}", Method.PUT);
                    request.AddJsonBody(new { plan = "pro" });
                    return client.Execute(request);
                }
            }
            """, """
            using RestSharp;

            class Sync
            {
                IRestResponse Identify(string id)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    var request = new RestRequest($"customers/{Uri.EscapeDataString(id)}", Method.PUT);
                    request.AddJsonBody(new { plan = "pro" });
                    return client.Execute(request);
                }
            }
            """, alternateLibraries: new[] { StandIns.RestSharpClassic });

        [Fact]
        public Task SegmentsTheLibraryEscapesAreSilent() => VerifyRule<UnescapedPathSegmentRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                async Task Run(string id, string device)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    var request = new RestRequest("customers/{id}/devices/{device}", Method.Delete)
                        .AddUrlSegment("id", id)
                        .AddUrlSegment("device", device, encode: true);
                    var response = await client.ExecuteAsync(request);
                    var escaped = new RestRequest("customers/{id}", Method.Delete).AddUrlSegment("id", Uri.EscapeDataString(id), false);
                    response = await client.ExecuteAsync(escaped);
                    Console.WriteLine(response.StatusCode);
                }
            }
            """);

        [Fact]
        public Task ClassicSegmentsAreAlwaysEscaped() => VerifyRule<UnescapedPathSegmentRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                IRestResponse Run(string id)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    var request = new RestRequest("customers/{id}", Method.DELETE);
                    request.AddUrlSegment("id", id);
                    request.AddParameter("device", id, ParameterType.UrlSegment);
                    return client.Execute(request);
                }
            }
            """, StandIns.RestSharpClassic);

        [Fact]
        public Task OtherHostsAndOwnClientsAreSilent() => VerifyRule<UnescapedPathSegmentRule>.Analyzer("""
            using RestSharp;

            namespace Acme
            {
                class Sync
                {
                    async Task Run(string id)
                    {
                        var stripe = new RestSharp.RestClient("https://api.stripe.com/v1");
                        await stripe.ExecuteAsync(new RestSharp.RestRequest("customers/{id}", Method.Post).AddUrlSegment("id", id, false));
                        var own = new RestClient("https://track.customer.io/api/v1");
                        await own.ExecuteAsync(new RestRequest("customers/{id}").AddUrlSegment("id", id, false));
                    }
                }

                class RestClient
                {
                    public RestClient(string baseUrl) { }
                    public Task ExecuteAsync(RestRequest request) => Task.CompletedTask;
                }

                class RestRequest
                {
                    public RestRequest(string resource) { }
                    public RestRequest AddUrlSegment(string name, string value, bool encode) => this;
                }
            }
            """);
    }
}
