namespace CioAnalyzers.Harness
{
    /// <summary>
    /// The look-alike template every rule's tests use: the user's own types named like the Customer.io libraries' types,
    /// with members shaped like theirs (RestSharp's too, sending to a Customer.io host), and a raw HTTP call and a RestSharp
    /// request to another host, each handed the value a rule looks for.
    /// None of it is Customer.io, so no rule may report.
    /// </summary>
    public static class LookAlikes
    {
        /// <summary>
        /// The template with <paramref name="value"/>, of C# type <paramref name="type"/>, sent everywhere. The user's own
        /// RestSharp-shaped client aims at <paramref name="ownClientHost"/>: a Customer.io host in the rules' tests; a
        /// project without Customer.io (the benchmark's) names no Customer.io host at all.
        /// </summary>
        public static string Sending(string type, string value, string ownClientHost = "track.customer.io")
        {
            // RestSharp's authenticators take strings.
            var text = type == "string" ? "value" : "$\"{value}\"";
            return $$"""
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Text;
            using System.Threading.Tasks;
            using RestSharp;

            namespace Acme.LookAlikes
            {
                class CustomerIo
                {
                    public CustomerIo({{type}} siteId, {{type}} apiKey) { }
                    public Task TrackEventAsync(string eventName, object? data = null, DateTime? timestamp = null, {{type}}? customerId = default) => Task.CompletedTask;
                    public Task DeleteCustomerAsync({{type}} customerId) => Task.CompletedTask;
                }

                class TrackApiOptions { public {{type}}? ApiKey { get; set; } }

                class IdentifyCustomerRequest { public {{type}}? Id { get; set; } public {{type}}? CreatedAt { get; set; } public {{type}}? Timestamp { get; set; } }

                interface IAnalyticsClient { void Identify({{type}} userId, IDictionary<string, object> traits); }

                class Client : IAnalyticsClient { public Client({{type}} writeKey) { } public void Identify({{type}} userId, IDictionary<string, object> traits) { } }

                class Sync
                {
                    async Task Run(HttpClient http)
                    {
                        var value = {{value}};
                        var cio = new CustomerIo(value, value);
                        await cio.TrackEventAsync("paid", customerId: value);
                        await cio.DeleteCustomerAsync(value);
                        _ = new TrackApiOptions { ApiKey = value };
                        _ = new IdentifyCustomerRequest { Id = value, CreatedAt = value, Timestamp = value };
                        new Client(value).Identify(value, new Dictionary<string, object> { ["created_at"] = value });
                        await http.PutAsJsonAsync("https://api.example.com/api/v1/customers/" + value, new { id = value, created_at = value, timestamp = value });
                        http.DefaultRequestHeaders.Add("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{value}:{value}")));

                        var stripe = new global::RestSharp.RestClient(new global::RestSharp.RestClientOptions("https://api.stripe.com/v1")
                        {
                            Authenticator = new global::RestSharp.Authenticators.HttpBasicAuthenticator({{text}}, {{text}}),
                        });
                        var charge = new global::RestSharp.RestRequest("customers/{id}", global::RestSharp.Method.Put)
                            .AddParameter("id", value!, global::RestSharp.ParameterType.UrlSegment, false)
                            .AddJsonBody(new { id = value, created_at = value, timestamp = value });
                        stripe.Execute(charge);
                    }
                }

                class RestClient
                {
                    public RestClient(string baseUrl) { }
                    public object? Authenticator { get; set; }
                    public Task<object> ExecuteAsync(RestRequest request) => Task.FromResult<object>(request);
                }

                class RestRequest
                {
                    public RestRequest(string resource, int method = 0) { }
                    public RestRequest AddUrlSegment(string name, {{type}} value) => this;
                    public RestRequest AddJsonBody(object obj) => this;
                }

                class HttpBasicAuthenticator { public HttpBasicAuthenticator({{type}} username, {{type}} password) { } }

                class OwnRestSharp
                {
                    async Task Run()
                    {
                        var value = {{value}};
                        var client = new RestClient("https://{{ownClientHost}}/api/v1") { Authenticator = new HttpBasicAuthenticator(value, value) };
                        await client.ExecuteAsync(new RestRequest("customers/{id}", 1).AddUrlSegment("id", value).AddJsonBody(new { id = value, created_at = value, timestamp = value }));
                    }
                }
            }
            """;
        }
    }
}
