using Microsoft.Extensions.Configuration;
using RestSharp;
using RestSharp.Authenticators;

namespace Acme.Shop;

/// <summary>The Track API through RestSharp, as older parts of the shop still call it.</summary>
public sealed class RestSharpTrackClient(IConfiguration configuration)
{
    private readonly RestClient client = new(new RestClientOptions("https://track.customer.io/api/v1")
    {
        Authenticator = new HttpBasicAuthenticator(
            configuration["CustomerIO:SiteId"] ?? throw new InvalidOperationException("CustomerIO:SiteId is not set"),
            configuration["CustomerIO:TrackApiKey"] ?? throw new InvalidOperationException("CustomerIO:TrackApiKey is not set")),
    });

    public async Task WishlistedAsync(string userId, string sku)
    {
        var request = new RestRequest("customers/{id}/events", Method.Post)
            .AddUrlSegment("id", userId)
            .AddJsonBody(new { name = "wishlisted", data = new { sku } });
        // CIO3002: ExecuteAsync does not throw on a 400 or a 401, and this response is never read. No fix: RestSharp's response has no EnsureSuccessStatusCode; check IsSuccessful.
        await client.ExecuteAsync(request);
    }

    public async Task ReviewedAsync(string userId, int stars)
    {
        var request = new RestRequest("customers/{id}/events", Method.Post)
            // CIO3001: encode: false turns off RestSharp's escaping, so an id with '/' addresses another person. No fix: drop encode: false.
            .AddUrlSegment("id", userId, encode: false)
            .AddJsonBody(new { name = "reviewed", data = new { stars } });
        await client.PostAsync(request);
    }

    public async Task WishlistedDoneRightAsync(string userId, string sku)
    {
        var request = new RestRequest("customers/{id}/events", Method.Post)
            .AddUrlSegment("id", userId)
            .AddJsonBody(new { name = "wishlisted", data = new { sku } });
        var response = await client.ExecuteAsync(request);
        if (!response.IsSuccessful)
        {
            throw new InvalidOperationException($"Customer.io answered {(int)response.StatusCode}: {response.Content}");
        }
    }

    public Task ReviewedDoneRightAsync(string userId, int stars)
        => client.PostAsync(new RestRequest("customers/{id}/events", Method.Post)
            .AddUrlSegment("id", userId)
            .AddJsonBody(new { name = "reviewed", data = new { stars } }));
}
