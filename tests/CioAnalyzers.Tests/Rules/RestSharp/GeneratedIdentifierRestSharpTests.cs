using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.Rules.RestSharp
{
    /// <summary>CIO1013 on RestSharp: a customer id generated where the request is built.</summary>
    public class GeneratedIdentifierRestSharpTests
    {
        [Fact]
        public Task CurrentGeneratedSegment() => VerifyRule<GeneratedIdentifierRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                private readonly RestClient client = new(new RestClientOptions("https://track.customer.io/api/v1"));

                Task<RestResponse> Identify(string email)
                    => client.PutAsync(new RestRequest("customers/{id}", Method.Put)
                        .AddUrlSegment("id", {|CIO1013:Guid.NewGuid()|}.ToString())
                        .AddJsonBody(new { email }));
            }
            """);

        [Fact]
        public Task ClassicGeneratedSegment() => VerifyRule<GeneratedIdentifierRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                IRestResponse Identify(string email)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    var request = new RestRequest("customers/{id}", Method.PUT);
                    request.AddUrlSegment("id", {|CIO1013:Guid.NewGuid()|}.ToString("N"));
                    request.AddJsonBody(new { email });
                    return client.Execute(request);
                }
            }
            """, StandIns.RestSharpClassic);

        [Fact]
        public Task StoredIdsAndOtherHostsAreSilent() => VerifyRule<GeneratedIdentifierRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                async Task<string> Identify(string email)
                {
                    var id = Guid.NewGuid().ToString();
                    var client = new RestClient("https://track.customer.io/api/v1");
                    await client.PutAsync(new RestRequest("customers/{id}", Method.Put).AddUrlSegment("id", id).AddJsonBody(new { email }));
                    var stripe = new RestClient("https://api.stripe.com/v1");
                    await stripe.PostAsync(new RestRequest("customers/{id}", Method.Post).AddUrlSegment("id", Guid.NewGuid().ToString()));
                    return id;
                }
            }
            """);
    }
}
