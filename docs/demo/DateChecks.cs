using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Acme.Shop;

/// <summary>Dates sent to Customer.io: as ISO strings (warnings) and as the Unix seconds it reads (clean).</summary>
public sealed class DateChecks(HttpClient http)
{
    public Task TrialStartedAsync(string userId, DateTime trialEndsUtc) =>
        // CIO1003: System.Text.Json writes "2026-05-01T00:00:00Z"; Customer.io stores text and no date condition matches.
        http.PutAsJsonAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}",
            new { trial_ends_at = trialEndsUtc, plan_started_at = DateTime.UtcNow.ToString("o") });

    public Task TrialStartedDoneRightAsync(string userId, DateTime trialEndsUtc) =>
        http.PutAsJsonAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}",
            new { trial_ends_at = new DateTimeOffset(trialEndsUtc).ToUnixTimeSeconds(), plan_started_at = DateTimeOffset.UtcNow.ToUnixTimeSeconds() });

    public Task OrderShippedAsync(string userId, DateTimeOffset shipped) =>
        // CIO1003 on a typed body: the member is a DateTime, so only its type (or a converter) can fix it.
        http.PostAsJsonAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}/events",
            new ShippedEvent { Name = "shipped", Timestamp = shipped.UtcDateTime });

    public Task OrderShippedDoneRightAsync(string userId, DateTimeOffset shipped) =>
        http.PostAsJsonAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}/events",
            new ShippedEventInSeconds { Name = "shipped", Timestamp = shipped.ToUnixTimeSeconds() });

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
