using System.Net.Http.Json;

namespace Acme.Shop;

/// <summary>The plan attribute is sent by billing as a number; the legacy import sends it as text.</summary>
public sealed class PlanAttributes(HttpClient http)
{
    private const string People = "https://track.customer.io/api/v1/customers/";

    public async Task SubscribeAsync(string userId, int planId)
        => (await http.PutAsJsonAsync(People + Uri.EscapeDataString(userId), new { plan_id = planId })).EnsureSuccessStatusCode();

    public async Task RenewAsync(string userId, int planId)
        => (await http.PutAsJsonAsync(People + Uri.EscapeDataString(userId), new { plan_id = planId })).EnsureSuccessStatusCode();

    public async Task ImportLegacyAsync(string userId, string legacyPlanCode)
        // CIO1010: segments on "plan_id equals 3" never match people imported here.
        => (await http.PutAsJsonAsync(People + Uri.EscapeDataString(userId), new { plan_id = legacyPlanCode })).EnsureSuccessStatusCode();
}
