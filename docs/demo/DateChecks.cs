using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Acme.Shop;

/// <summary>Dates sent to Customer.io: as ISO strings (warnings) and as the Unix seconds it reads (clean).</summary>
public sealed class DateChecks(HttpClient http)
{
    public async Task TrialStartedAsync(string userId, DateTime trialEndsUtc) =>
        (await http.PutAsJsonAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}",
            // CIO1003: System.Text.Json writes "2026-05-01T00:00:00Z"; Customer.io stores text and no date condition matches.
            new { trial_ends_at = trialEndsUtc, trial_reminder_at = trialEndsUtc.AddDays(-3).ToString("o") })).EnsureSuccessStatusCode();

    public async Task TrialStartedDoneRightAsync(string userId, DateTime trialEndsUtc) =>
        (await http.PutAsJsonAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}",
            new { trial_ends_at = new DateTimeOffset(trialEndsUtc).ToUnixTimeSeconds() })).EnsureSuccessStatusCode();

    public async Task OrderShippedAsync(string userId, DateTimeOffset shipped) =>
        (await http.PostAsJsonAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}/events",
            // CIO1003 on a typed body. No fix: the member is a DateTime, so only its type (or a converter) can change.
            new ShippedEvent { Name = "shipped", Timestamp = shipped.UtcDateTime })).EnsureSuccessStatusCode();

    public async Task OrderShippedDoneRightAsync(string userId, DateTimeOffset shipped) =>
        (await http.PostAsJsonAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}/events",
            new ShippedEventInSeconds { Name = "shipped", Timestamp = shipped.ToUnixTimeSeconds() })).EnsureSuccessStatusCode();

    private sealed class ShippedEvent
    {
        [JsonPropertyName("name")] public required string Name { get; init; }

        [JsonPropertyName("timestamp")] public DateTime Timestamp { get; init; }
    }

    private sealed class ShippedEventInSeconds
    {
        [JsonPropertyName("name")] public required string Name { get; init; }

        [JsonPropertyName("timestamp")] public long Timestamp { get; init; }
    }
}
