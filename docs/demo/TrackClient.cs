using System.Net.Http.Json;

namespace Acme.Shop;

/// <summary>A typed client: <see cref="ServiceRegistration"/> gives it Customer.io's Track API address.</summary>
public sealed class TrackClient(HttpClient http)
{
    public async Task LoggedInAsync(string userId) =>
        // CIO1001 through the registration: this relative path goes to Customer.io.
        (await http.PutAsJsonAsync($"customers/{Uri.EscapeDataString(userId)}", new { last_login_at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() })).EnsureSuccessStatusCode();
}

/// <summary>A named client from the factory, registered with Customer.io's address in <see cref="ServiceRegistration"/>.</summary>
public sealed class AudienceSync(IHttpClientFactory factory)
{
    private readonly HttpClient track = factory.CreateClient("customerio-track");

    public async Task UnsubscribedAsync(string userId) =>
        // CIO1001 through the named client's registration.
        (await track.PostAsJsonAsync($"customers/{Uri.EscapeDataString(userId)}/events", new { name = "unsubscribed", timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() })).EnsureSuccessStatusCode();
}
