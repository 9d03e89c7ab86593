using System.Net.Http.Json;

namespace Acme.Shop;

/// <summary>
/// The team's own gateway to Customer.io. CustomerIo.Api.txt tells the analyzers which of its parameters are a
/// customer id, a Unix-seconds timestamp or a credential, so its call sites are checked like a library's.
/// </summary>
public sealed class CrmGateway(HttpClient http)
{
    public Task IdentifyAsync(string userId, IDictionary<string, object> traits) =>
        http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}", traits);

    public Task TrackAsync(string userId, string eventName, long occurredAt) =>
        http.PostAsJsonAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}/events",
            new { name = eventName, timestamp = occurredAt });
}
