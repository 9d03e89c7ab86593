using System.Net.Http.Json;

namespace Acme.Shop;

/// <summary>
/// The team's own wrapper over the Track API. No CustomerIo.Api.txt line declares it: the rules see that it sends its
/// parameters on unchanged and check its callers as they check a library call.
/// </summary>
public sealed class ActivityClient(HttpClient http)
{
    public async Task TrackAsync(string userId, string name, long timestamp) =>
        (await http.PostAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}/events", new { name, timestamp })).EnsureSuccessStatusCode();
}

/// <summary>A service that records what customers do through the wrapper.</summary>
public sealed class ActivityFeed(ActivityClient client)
{
    public Task ReviewPostedAsync(string userId) =>
        // CIO1001 through the team's own wrapper: ActivityClient.TrackAsync sends this value as the event's "timestamp".
        client.TrackAsync(userId, "review_posted", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

    public Task ReviewPostedDoneRightAsync(string userId) =>
        client.TrackAsync(userId, "review_posted", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
}
