using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.Rules.RestSharp
{
    /// <summary>
    /// The payload rules on RestSharp bodies: AddJsonBody always, AddBody when the request's format is JSON (110+'s
    /// default; 105's is XML unless set), a JSON string given as the body.
    /// </summary>
    public class PayloadRestSharpTests
    {
        [Fact]
        public Task DatesInCurrentAndClassicBodies() => VerifyRule<DateNotUnixSecondsRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                async Task Run(string id, DateTime signedUp)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    await client.PutAsync(new RestRequest("customers/{id}", Method.Put).AddUrlSegment("id", id).AddBody(new { created_at = {|CIO1003:signedUp|} }));
                    var request = new RestRequest("customers/{id}/events", Method.Post).AddUrlSegment("id", id);
                    request.AddJsonBody(new { name = "renewed", timestamp = {|CIO1003:DateTime.UtcNow|} });
                    await client.PostAsync(request);
                    // An explicit XML body is no JSON payload.
                    var xml = new RestRequest("customers/{id}", Method.Put) { RequestFormat = DataFormat.Xml }.AddUrlSegment("id", id).AddBody(new { created_at = signedUp });
                    await client.PutAsync(xml);
                }
            }
            """);

        [Fact]
        public Task ClassicAddBodyIsJsonOnlyWhenTheFormatSaysSo() => VerifyRule<DateNotUnixSecondsRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                void Run(string id, DateTime signedUp)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    var json = new RestRequest("customers/{id}", Method.PUT);
                    json.RequestFormat = DataFormat.Json;
                    json.AddUrlSegment("id", id);
                    json.AddBody(new { created_at = {|CIO1003:signedUp|} });
                    Console.WriteLine(client.Execute(json).StatusCode);
                    var xml = new RestRequest("customers/{id}", Method.PUT);
                    xml.AddUrlSegment("id", id);
                    xml.AddBody(new { created_at = signedUp });
                    Console.WriteLine(client.Execute(xml).StatusCode);
                    var jsonBody = new RestRequest("customers/{id}", Method.PUT);
                    jsonBody.AddUrlSegment("id", id);
                    jsonBody.AddJsonBody(new { created_at = {|CIO1003:signedUp|} });
                    Console.WriteLine(client.Execute(jsonBody).StatusCode);
                }
            }
            """, StandIns.RestSharpClassic);

        [Fact]
        public Task UnsubscribedAsTextInBothGenerations() => VerifyRule<UnsubscribedStringRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                Task<RestResponse> OptOut(RestClient client, string id)
                    => client.PutAsync(new RestRequest("https://track.customer.io/api/v1/customers/{id}", Method.Put)
                        .AddUrlSegment("id", id)
                        .AddJsonBody(new { unsubscribed = {|CIO1007:"yes"|} }));
            }
            """);

        [Fact]
        public Task ClassicUnsubscribedAsText() => VerifyRule<UnsubscribedStringRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                IRestResponse OptOut(string id)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    var request = new RestRequest("customers/{id}", Method.PUT);
                    request.AddUrlSegment("id", id);
                    request.AddJsonBody(new Dictionary<string, object> { ["unsubscribed"] = {|CIO1007:"yes"|} });
                    return client.Execute(request);
                }
            }
            """, StandIns.RestSharpClassic);

        [Fact]
        public Task TransactionalSendsInBothGenerations() => VerifyRule<TransactionalShapeRule>.Analyzer("""
            using RestSharp;
            using RestSharp.Authenticators;

            class Mail
            {
                async Task Send(string userId, string email)
                {
                    var client = new RestClient(new RestClientOptions("https://api.customer.io") { Authenticator = new JwtAuthenticator("key") });
                    var request = new RestRequest("v1/send/email", Method.Post)
                        .AddJsonBody(new { transactional_message_id = 3, to = email, identifiers = new { id = userId, {|CIO1011:email = email|} } });
                    var response = await client.ExecuteAsync(request);
                    Console.WriteLine(response.StatusCode);
                }
            }
            """);

        [Fact]
        public Task ClassicTransactionalSend() => VerifyRule<TransactionalShapeRule>.Analyzer("""
            using RestSharp;

            class Mail
            {
                IRestResponse Send(string userId)
                {
                    var client = new RestClient("https://api.customer.io/v1");
                    var request = new RestRequest("send/email", Method.POST);
                    request.AddJsonBody({|CIO1011:new { transactional_message_id = 3, identifiers = new { id = userId } }|});
                    return client.Execute(request);
                }
            }
            """, StandIns.RestSharpClassic);

        [Fact]
        public Task MillisecondsInAJsonStringBody() => VerifyRule<UnixMillisecondsRule>.Analyzer("""
            using System.Text.Json;
            using RestSharp;

            class Sync
            {
                async Task Run(string id)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    var json = JsonSerializer.Serialize(new { created_at = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} });
                    await client.PutAsync(new RestRequest("customers/{id}", Method.Put).AddUrlSegment("id", id).AddJsonBody(json, forceSerialize: false));
                }
            }
            """);

        [Fact]
        public Task ClassicRequestBodyParameter() => VerifyRule<UnixMillisecondsRule>.Analyzer("""
            using Newtonsoft.Json;
            using RestSharp;

            namespace Newtonsoft.Json
            {
                public static class JsonConvert { public static string SerializeObject(object? value) => ""; }
            }

            class Sync
            {
                IRestResponse Run(string id)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    var request = new RestRequest("customers/" + Uri.EscapeDataString(id), Method.PUT);
                    request.AddParameter("application/json", JsonConvert.SerializeObject(new { created_at = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|} }), ParameterType.RequestBody);
                    return client.Execute(request);
                }
            }
            """, StandIns.RestSharpClassic);

        [Fact]
        public Task CorrectBodiesAndOtherHostsAreSilent() => VerifyRule<UnixMillisecondsRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                async Task Run(string id)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    await client.PutAsync(new RestRequest("customers/{id}", Method.Put).AddUrlSegment("id", id)
                        .AddJsonBody(new { created_at = DateTimeOffset.UtcNow.ToUnixTimeSeconds() }));
                    var stripe = new RestClient("https://api.stripe.com/v1");
                    await stripe.PostAsync(new RestRequest("customers/{id}", Method.Post).AddUrlSegment("id", id)
                        .AddJsonBody(new { created_at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() }));
                }
            }
            """);
    }
}
