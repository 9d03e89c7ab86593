using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.Rules.RestSharp
{
    /// <summary>CIO1001 on RestSharp requests to Customer.io, both generations.</summary>
    public class UnixMillisecondsRestSharpTests
    {
        [Fact]
        public Task CurrentJsonBodyInMilliseconds() => VerifyRule<UnixMillisecondsRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                async Task Run(string id)
                {
                    var client = new RestClient(new RestClientOptions("https://track.customer.io/api/v1"));
                    var request = new RestRequest("customers/{id}", Method.Put).AddUrlSegment("id", id);
                    request.AddJsonBody(new { created_at = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} });
                    var response = await client.ExecuteAsync(request);
                    Console.WriteLine(response.StatusCode);
                }
            }
            """);

        [Fact]
        public Task ClassicJsonBodyInMilliseconds() => VerifyRule<UnixMillisecondsRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                void Run(string id)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    var request = new RestRequest("customers/{id}", Method.PUT);
                    request.AddUrlSegment("id", id);
                    request.AddJsonBody(new { created_at = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} });
                    var response = client.Execute(request);
                    Console.WriteLine(response.StatusCode);
                }
            }
            """, StandIns.RestSharpClassic);
    }
}
