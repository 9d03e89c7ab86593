using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.Rules.RestSharp
{
    /// <summary>Emails, event envelopes, sizes and attribute types in RestSharp requests to Customer.io.</summary>
    public class MorePayloadRestSharpTests
    {
        private static readonly string Id151 = new('a', 151);

        [Fact]
        public Task InvalidEmails() => VerifyRule<EmailAddressRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                async Task Run(string userId)
                {
                    var track = new RestClient("https://track.customer.io/api/v1");
                    await track.PutAsync(new RestRequest("customers/{id}", Method.Put).AddUrlSegment("id", userId).AddJsonBody(new { email = {|CIO1005:"none"|} }));
                    var app = new RestClient("https://api.customer.io/v1");
                    await app.PostAsync(new RestRequest("send/email", Method.Post).AddJsonBody(new { transactional_message_id = 3, to = {|CIO1005:"jane@"|}, identifiers = new { id = userId } }));
                }
            }
            """);

        [Fact]
        public Task ClassicEventEnvelope() => VerifyRule<EventNameAndDataRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                IRestResponse Paid(string userId, decimal total)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    var request = new RestRequest("customers/{id}/events", Method.POST);
                    request.AddUrlSegment("id", userId);
                    request.AddJsonBody(new { name = {|CIO1012:""|}, data = new { total } });
                    return client.Execute(request);
                }
            }
            """, StandIns.RestSharpClassic);

        [Fact]
        public Task LongIdentifierInASegment() => VerifyRule<SizeLimitRule>.Analyzer($$"""
            using RestSharp;

            class Sync
            {
                Task<RestResponse> Forget(RestClient unused)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    return client.DeleteAsync(new RestRequest("customers/{id}", Method.Delete).AddUrlSegment("id", {|CIO1006:"{{Id151}}"|}));
                }
            }
            """);

        [Fact]
        public Task AttributeTypesAcrossRestSharpAndHttpClient() => VerifyRule<AttributeTypeConsistencyRule>.Analyzer("""
            using RestSharp;

            class Profiles
            {
                const string Track = "https://track.customer.io/api/v1/customers/";

                Task A(HttpClient http) => http.PutAsJsonAsync(Track + "a", new { seats = 5 });

                Task B(HttpClient http) => http.PutAsJsonAsync(Track + "b", new { seats = 6 });

                Task<RestResponse> C(string id)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    return client.PutAsync(new RestRequest("customers/{id}", Method.Put).AddUrlSegment("id", id).AddJsonBody(new { seats = {|CIO1010:"7"|} }));
                }
            }
            """);

        [Fact]
        public Task OtherHostsAreSilent() => VerifyRule<EmailAddressRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                async Task Run(string userId)
                {
                    var crm = new RestClient("https://crm.example.com/api/v1");
                    await crm.PutAsync(new RestRequest("customers/{id}", Method.Put).AddUrlSegment("id", userId).AddJsonBody(new { email = "none" }));
                }
            }
            """);
    }
}
