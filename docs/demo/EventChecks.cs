using System.Net.Http.Json;
using System.Text.Json;
using CustomerIOSharp;

namespace Acme.Shop;

/// <summary>Events Customer.io rejects (CIO1012) next to their correct forms.</summary>
public sealed class EventChecks(HttpClient http, CustomerIo customerIo)
{
    public Task CartAbandonedAsync(string userId, string[] skus) =>
        // CIO1012: the data is serialised twice; Customer.io answers 'event data must be a hash'.
        customerIo.TrackEventAsync("cart_abandoned", JsonSerializer.Serialize(new { skus }), null, userId);

    public Task CartAbandonedDoneRightAsync(string userId, string[] skus) =>
        customerIo.TrackEventAsync("cart_abandoned", new { skus }, null, userId);

    public async Task PageViewedAsync(string anonymousId, string page) =>
        // CIO1012: a blank event name; Customer.io answers 'event name must not be blank'.
        (await http.PostAsJsonAsync("https://track.customer.io/api/v1/events", new { anonymous_id = anonymousId, name = " ", data = new { page } })).EnsureSuccessStatusCode();

    public async Task PageViewedDoneRightAsync(string anonymousId, string page) =>
        (await http.PostAsJsonAsync("https://track.customer.io/api/v1/events", new { anonymous_id = anonymousId, name = "page_viewed", data = new { page } })).EnsureSuccessStatusCode();
}
