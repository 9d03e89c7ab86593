using System.Net.Http.Json;

namespace Acme.Shop;

/// <summary>An opt-out Customer.io ignores (CIO1007) next to its correct form.</summary>
public sealed class SubscriptionChecks(HttpClient http)
{
    public async Task OptOutAsync(string userId) =>
        (await http.PutAsJsonAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}",
            // CIO1007 and CIO1010: "yes" is not one of Customer.io's true values, and elsewhere the attribute is a boolean.
            new Dictionary<string, object> { ["unsubscribed"] = "yes" })).EnsureSuccessStatusCode();

    public async Task OptOutDoneRightAsync(string userId) =>
        (await http.PutAsJsonAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}",
            new Dictionary<string, object> { ["unsubscribed"] = true })).EnsureSuccessStatusCode();
}
