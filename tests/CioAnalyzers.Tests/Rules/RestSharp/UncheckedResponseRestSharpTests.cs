using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.Rules.RestSharp
{
    /// <summary>
    /// CIO3002 on RestSharp: Execute and ExecuteAsync (and 105's verbs) return the response whatever its status; 110+'s
    /// GetAsync, PostAsync, PutAsync, DeleteAsync throw on an error status themselves.
    /// </summary>
    public class UncheckedResponseRestSharpTests
    {
        [Fact]
        public Task CurrentResponsesDropped() => VerifyRule<UncheckedResponseRule>.Analyzer("""
            using RestSharp;
            using RestSharp.Authenticators;

            class TrackClient
            {
                private readonly RestClient client = new(new RestClientOptions("https://track.customer.io/api/v1")
                {
                    Authenticator = new HttpBasicAuthenticator("site", "key"),
                });

                async Task Paid(string id)
                {
                    var request = new RestRequest("customers/{id}/events", Method.Post).AddUrlSegment("id", id).AddJsonBody(new { name = "paid" });
                    {|CIO3002:await client.ExecuteAsync(request)|};
                }

                void Forget(string id)
                {
                    var request = new RestRequest("customers/{id}", Method.Delete).AddUrlSegment("id", id);
                    {|CIO3002:client.Execute(request)|};
                    var unread = {|CIO3002:client.ExecutePost(new RestRequest("customers/{id}/unsuppress", Method.Post).AddUrlSegment("id", id))|};
                }

                Task Suppress(string id) => {|CIO3002:client.ExecuteAsync(new RestRequest("customers/{id}/suppress", Method.Post).AddUrlSegment("id", id))|};
            }
            """);

        [Fact]
        public Task ClassicResponsesDropped() => VerifyRule<UncheckedResponseRule>.Analyzer("""
            using RestSharp;
            using RestSharp.Authenticators;

            class TrackClient
            {
                async Task Run(string id)
                {
                    var client = new RestClient("https://track.customer.io/api/v1/");
                    client.Authenticator = new HttpBasicAuthenticator("site", "key");
                    var request = new RestRequest("customers/{id}", Method.PUT);
                    request.AddUrlSegment("id", id);
                    request.AddJsonBody(new { plan = "pro" });
                    {|CIO3002:client.Execute(request)|};
                    {|CIO3002:await client.ExecuteTaskAsync(request)|};
                    {|CIO3002:client.Post(request)|};
                }
            }
            """, StandIns.RestSharpClassic);

        [Fact]
        public Task NoEnsureSuccessStatusCodeFixForRestSharp() => VerifyRule<UncheckedResponseRule>.NoFix<EnsureSuccessStatusCodeCodeFix>("""
            using RestSharp;

            class TrackClient
            {
                async Task Paid(string id)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    {|CIO3002:await client.ExecuteAsync(new RestRequest("customers/{id}/events", Method.Post).AddUrlSegment("id", id))|};
                }

                Task Forget(RestClient unused, string id)
                    => {|CIO3002:new RestClient("https://track.customer.io/api/v1").ExecuteAsync(new RestRequest("customers/{id}", Method.Delete).AddUrlSegment("id", id))|};
            }
            """);

        [Fact]
        public Task ThrowingVerbsAndReadResponsesAreSilent() => VerifyRule<UncheckedResponseRule>.Analyzer("""
            using RestSharp;

            class TrackClient
            {
                private readonly RestClient client = new("https://track.customer.io/api/v1");

                async Task Run(string id)
                {
                    var request = new RestRequest("customers/{id}", Method.Put).AddUrlSegment("id", id).AddJsonBody(new { plan = "pro" });
                    await client.PutAsync(request);
                    await client.PostAsync(new RestRequest("customers/{id}/events", Method.Post).AddUrlSegment("id", id));
                    client.Delete(new RestRequest("customers/{id}", Method.Delete).AddUrlSegment("id", id));
                    var response = await client.ExecuteAsync(request);
                    if (!response.IsSuccessful)
                    {
                        throw new InvalidOperationException(response.ErrorMessage);
                    }
                }
            }
            """);

        [Fact]
        public Task ClassicCallbacksAndReadResponsesAreSilent() => VerifyRule<UncheckedResponseRule>.Analyzer("""
            using RestSharp;

            class TrackClient
            {
                IRestResponse Run(string id)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    var request = new RestRequest("customers/{id}", Method.DELETE);
                    request.AddUrlSegment("id", id);
                    client.ExecuteAsync(request, response => Console.WriteLine(response.StatusCode));
                    return client.Execute(request);
                }
            }
            """, StandIns.RestSharpClassic);

        [Fact]
        public Task WholeUrlsOnAClientWithoutBase() => VerifyRule<UncheckedResponseRule>.Analyzer("""
            using RestSharp;

            class TrackClient
            {
                void Forget(string id)
                {
                    var client = new RestClient();
                    {|CIO3002:client.Execute(new RestRequest("https://track.customer.io/api/v1/customers/{id}", Method.Delete).AddUrlSegment("id", id))|};
                }
            }
            """);

        [Fact]
        public Task ClientsToldToThrowAndClientsMadeElsewhereAreSilent() => VerifyRule<UncheckedResponseRule>.Analyzer("""
            using RestSharp;

            class TrackClient(RestClient injected)
            {
                private const string Host = "https://track.customer.io/api/v1";

                async Task Run(string id)
                {
                    var client = new RestClient(new RestClientOptions(Host) { ThrowOnAnyError = true });
                    await client.ExecuteAsync(new RestRequest("customers/{id}", Method.Delete).AddUrlSegment("id", id));
                    var configured = new RestClient(Host, options => options.ThrowOnAnyError = true);
                    configured.Execute(new RestRequest("customers/{id}", Method.Delete).AddUrlSegment("id", id));
                    await injected.ExecuteAsync(new RestRequest("customers/{id}", Method.Delete).AddUrlSegment("id", id));
                }
            }
            """);

        [Fact]
        public Task OtherHostsAreSilent() => VerifyRule<UncheckedResponseRule>.Analyzer("""
            using RestSharp;

            class Payments
            {
                async Task Run(string id)
                {
                    var client = new RestClient(new RestClientOptions { BaseUrl = new Uri("https://api.stripe.com/v1") });
                    await client.ExecuteAsync(new RestRequest("customers/{id}", Method.Post).AddUrlSegment("id", id));
                    var absolute = new RestClient();
                    absolute.Execute(new RestRequest("https://api.stripe.com/v1/customers", Method.Post));
                }
            }
            """);

        [Fact]
        public Task ResponsesReturnedByAWrapperOrBlockedOn() => VerifyRule<UncheckedResponseRule>.Analyzer("""
            using RestSharp;

            class TrackClient
            {
                private readonly RestClient client = new(new RestClientOptions("https://track.customer.io/api/v1"));

                public Task<RestResponse> ForgetAsync(string id) => client.ExecuteAsync(new RestRequest("customers/{id}", Method.Delete).AddUrlSegment("id", id));

                public Task<RestResponse> ThrowingAsync(string id) => client.DeleteAsync(new RestRequest("customers/{id}").AddUrlSegment("id", id));
            }

            class Orders
            {
                async Task Run(TrackClient cio, RestClient client)
                {
                    {|CIO3002:await cio.ForgetAsync("u1")|};
                    var checkedResponse = await cio.ForgetAsync("u2");
                    if (!checkedResponse.IsSuccessful) throw new InvalidOperationException();
                    await cio.ThrowingAsync("u3");
                }

                void Blocking(TrackClient cio) => _ = {|CIO3002:cio.ForgetAsync("u4").Result|};
            }
            """);
    }
}
