using System;

namespace CioAnalyzers.Benchmarks
{
    /// <summary>Methods that talk to Customer.io the ways real code does, correct or with a mistake the rules catch.</summary>
    internal static class CustomerIoMethods
    {
        public static string Pick(Random random, string name, bool mistake)
        {
            var stamp = mistake ? "ToUnixTimeMilliseconds()" : "ToUnixTimeSeconds()";
            var id = mistake ? "\"\"" : "userId";
            var setting = mistake ? "configuration[\"CustomerIO:ApiKey\"]" : "configuration[\"CustomerIO:ApiKey\"] ?? throw new InvalidOperationException(\"CustomerIO:ApiKey is not set\")";
            return random.Next(7) switch
            {
                0 => $$"""
                        public Task {{name}}Async(CustomerIO.Net.Sdk.TrackApi.CustomerIOTrackApiClient track, string userId, string email)
                        {
                            var request = new CustomerIO.Net.Sdk.TrackApi.Models.Customer.IdentifyCustomerRequest { Email = email, CreatedAt = DateTimeOffset.UtcNow.{{stamp}} };
                            return track.IdentifyCustomerAsync({{id}}, request);
                        }


                    """,
                1 => $$"""
                        public Task<HttpResponseMessage> {{name}}Async(string userId, string email)
                        {
                            return http.PutAsJsonAsync(
                                $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}",
                                new { email, created_at = DateTimeOffset.UtcNow.{{stamp}} });
                        }


                    """,
                2 => $$"""
                        public CustomerIOSharp.CustomerIo {{name}}()
                        {
                            return new CustomerIOSharp.CustomerIo(configuration["CustomerIO:SiteId"] ?? "site", {{setting}});
                        }


                    """,
                3 => $$"""
                        public Task {{name}}Async(CustomerIOSharp.CustomerIo client, string userId, decimal total)
                        {
                            return client.TrackEventAsync("checkout", new { total }, null, {{id}});
                        }


                    """,
                4 => $$"""
                        public Task<HttpResponseMessage> {{name}}Async(string userId)
                        {
                            var sentAt = DateTimeOffset.UtcNow.{{stamp}};
                            var body = new Dictionary<string, object> { ["name"] = "paid", ["timestamp"] = sentAt };
                            return http.PostAsJsonAsync("https://track.customer.io/api/v1/customers/" + {{id}} + "/events", body);
                        }


                    """,
                5 => $$"""
                        public async Task<bool> {{name}}Async(string userId, string email)
                        {
                            var client = new RestSharp.RestClient(new RestSharp.RestClientOptions("https://track.customer.io/api/v1/"));
                            var request = new RestSharp.RestRequest("customers/{id}", RestSharp.Method.Put)
                                .AddUrlSegment("id", {{id}})
                                .AddJsonBody(new { email, created_at = DateTimeOffset.UtcNow.{{stamp}} });
                            var response = await client.ExecuteAsync(request).ConfigureAwait(false);
                            return response.IsSuccessful;
                        }


                    """,
                _ => $$"""
                        public void {{name}}(Segment.IAnalyticsClient segment, string userId)
                        {
                            segment.Track({{id}}, "paid", new Dictionary<string, object> { ["plan"] = "pro" });
                        }


                    """,
            };
        }
    }
}
