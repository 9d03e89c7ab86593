using System.Net.Http.Json;

namespace Acme.Shop;

/// <summary>
/// The team's own gateway to Customer.io. CustomerIo.Api.txt tells the analyzers which of its parameters are a
/// customer id, a Unix-seconds timestamp or a credential, so its call sites are checked like a library's.
/// </summary>
public sealed class CrmGateway(HttpClient http)
{
    public async Task IdentifyAsync(string userId, IDictionary<string, object> traits) =>
        (await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}", traits)).EnsureSuccessStatusCode();

    public async Task TrackAsync(string userId, string eventName, long occurredAt) =>
        (await http.PostAsJsonAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}/events",
            new { name = eventName, timestamp = occurredAt })).EnsureSuccessStatusCode();
}
