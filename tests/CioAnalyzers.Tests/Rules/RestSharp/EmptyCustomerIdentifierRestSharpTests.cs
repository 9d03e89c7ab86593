using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.Rules.RestSharp
{
    /// <summary>CIO1002 on RestSharp: an empty URL segment or body id of a request to Customer.io.</summary>
    public class EmptyCustomerIdentifierRestSharpTests
    {
        [Fact]
        public Task CurrentEmptySegmentAndBodyId() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                async Task Run(RestClient unused)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    var none = {|CIO1002:""|};
                    await client.PostAsync(new RestRequest("customers/{id}/events", Method.Post).AddUrlSegment("id", none).AddJsonBody(new { name = "paid" }));
                    await client.PutAsync(new RestRequest("customers/u1", Method.Put).AddJsonBody(new { id = {|CIO1002:""|}, email = "a@b.c" }));
                }
            }
            """);

        [Fact]
        public Task ClassicEmptySegment() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                IRestResponse Run()
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    var request = new RestRequest("customers/{id}", Method.DELETE);
                    request.AddUrlSegment("id", {|CIO1002:string.Empty|});
                    return client.Execute(request);
                }
            }
            """, StandIns.RestSharpClassic);

        [Fact]
        public Task RealIdsOtherHostsAndOwnClientsAreSilent() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer("""
            using RestSharp;

            namespace Acme
            {
                class Sync
                {
                    async Task Run(string id)
                    {
                        var cio = new RestSharp.RestClient("https://track.customer.io/api/v1");
                        await cio.PutAsync(new RestSharp.RestRequest("customers/{id}", Method.Put).AddUrlSegment("id", id).AddJsonBody(new { email = "a@b.c" }));
                        var stripe = new RestSharp.RestClient("https://api.stripe.com/v1");
                        await stripe.PostAsync(new RestSharp.RestRequest("customers/{id}", Method.Post).AddUrlSegment("id", "").AddJsonBody(new { id = "" }));
                        await new RestClient("https://track.customer.io/api/v1").PutAsync(new RestRequest("customers/{id}").AddUrlSegment("id", ""));
                    }
                }

                class RestClient
                {
                    public RestClient(string baseUrl) { }
                    public Task PutAsync(RestRequest request) => Task.CompletedTask;
                }

                class RestRequest
                {
                    public RestRequest(string resource) { }
                    public RestRequest AddUrlSegment(string name, string value) => this;
                }
            }
            """);
    }
}
