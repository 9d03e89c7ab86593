using System.Net.Http.Json;

namespace Acme.Shop;

/// <summary>An opt-out Customer.io ignores (CIO1007) next to its correct form.</summary>
public sealed class SubscriptionChecks(HttpClient http)
{
    public Task OptOutAsync(string userId) =>
        // CIO1007: "yes" is not one of Customer.io's true values; the person stays subscribed.
        http.PutAsJsonAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}",
            new Dictionary<string, object> { ["unsubscribed"] = "yes" });

    public Task OptOutDoneRightAsync(string userId) =>
        http.PutAsJsonAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}",
            new Dictionary<string, object> { ["unsubscribed"] = true });
}
