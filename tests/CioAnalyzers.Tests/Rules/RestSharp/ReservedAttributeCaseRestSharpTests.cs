using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.Rules.RestSharp
{
    /// <summary>
    /// CIO1008 on RestSharp bodies, named as each generation's serializer names them: 110+ writes System.Text.Json's web
    /// defaults (camelCase, [JsonPropertyName] read), 105's SimpleJson keeps the declared names and reads no attribute.
    /// </summary>
    public class ReservedAttributeCaseRestSharpTests
    {
        private const string Profile = """

            class Profile
            {
                public string Email { get; set; } = "";
                public long CreatedAt { get; set; }
                [System.Text.Json.Serialization.JsonPropertyName("unsubscribed")]
                public bool Unsubscribed { get; set; }
            }
            """;

        [Fact]
        public Task CurrentCamelCasesPropertyNames() => VerifyRule<ReservedAttributeCaseRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                Task<RestResponse> Identify(RestClient unused, string id, Profile profile)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    return client.PutAsync(new RestRequest("customers/{id}", Method.Put).AddUrlSegment("id", id)
                        .AddJsonBody(new Profile { Email = "a@b.c", {|CIO1008:CreatedAt|} = 1700000000 }));
                }
            }
            """ + Profile);

        [Fact]
        public Task ClassicKeepsDeclaredNamesAndReadsNoAttribute() => VerifyRule<ReservedAttributeCaseRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                IRestResponse Identify(string id)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    var request = new RestRequest("customers/{id}", Method.PUT);
                    request.AddUrlSegment("id", id);
                    request.AddJsonBody(new Profile { {|CIO1008:Email|} = "a@b.c", {|CIO1008:CreatedAt|} = 1700000000, {|CIO1008:Unsubscribed|} = true });
                    return client.Execute(request);
                }
            }
            """ + Profile, StandIns.RestSharpClassic);

        [Fact]
        public Task ClassicAnonymousObjectNamedAsWritten() => VerifyRule<ReservedAttributeCaseRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                IRestResponse Identify(string id)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    var request = new RestRequest("customers/{id}", Method.PUT);
                    request.AddUrlSegment("id", id);
                    request.AddJsonBody(new { {|CIO1008:Email|} = "a@b.c", created_at = 1700000000 });
                    return client.Execute(request);
                }
            }
            """, StandIns.RestSharpClassic);

        [Fact]
        public Task SerializersOfTheUsersChoiceAreNotJudged() => VerifyRule<ReservedAttributeCaseRule>.Analyzer("""
            using RestSharp;

            class Sync(RestClient injected)
            {
                const string Host = "https://track.customer.io/api/v1";

                async Task Run(string id, Profile profile)
                {
                    var client = new RestClient(Host, configureSerialization: s => s.ToString());
                    await client.PutAsync(new RestRequest("customers/{id}", Method.Put).AddUrlSegment("id", id).AddJsonBody(new Profile { CreatedAt = 1 }));
                    await injected.PutAsync(new RestRequest("customers/{id}", Method.Put).AddUrlSegment("id", id).AddJsonBody(new Profile { CreatedAt = 1 }));
                }
            }
            """ + Profile);

        [Fact]
        public Task ClassicSerializerOfTheUsersChoiceIsNotJudged() => VerifyRule<ReservedAttributeCaseRule>.Analyzer("""
            using RestSharp;
            using RestSharp.Serializers;

            class Sync
            {
                IRestResponse Identify(string id, ISerializer newtonsoft)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    var request = new RestRequest("customers/{id}", Method.PUT) { JsonSerializer = newtonsoft };
                    request.AddUrlSegment("id", id);
                    request.AddJsonBody(new Profile { Email = "a@b.c", CreatedAt = 1700000000 });
                    return client.Execute(request);
                }
            }
            """ + Profile, StandIns.RestSharpClassic);

        [Fact]
        public Task CorrectNamesAndOtherHostsAreSilent() => VerifyRule<ReservedAttributeCaseRule>.Analyzer("""
            using RestSharp;

            class Sync
            {
                async Task Run(string id)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    await client.PutAsync(new RestRequest("customers/{id}", Method.Put).AddUrlSegment("id", id)
                        .AddJsonBody(new { Email = "a@b.c", created_at = 1700000000 }));
                    var crm = new RestClient("https://crm.example.com/api/v1");
                    await crm.PutAsync(new RestRequest("customers/{id}", Method.Put).AddUrlSegment("id", id).AddJsonBody(new Profile { CreatedAt = 1 }));
                }
            }
            """ + Profile);
    }
}
