using System.Net.Http.Json;
using CustomerIO.Net.Sdk.TrackApi;
using CustomerIO.Net.Sdk.TrackApi.Models.Event;
using CustomerIOSharp;
using Microsoft.Extensions.Configuration;

namespace Acme.Shop;

/// <summary>The same integration written correctly: no CIO warning here.</summary>
public sealed class CustomerSyncDoneRight(HttpClient http, IConfiguration configuration)
{
    private readonly CustomerIo legacyClient = new(
        Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID") ?? throw new InvalidOperationException("CUSTOMERIO_SITE_ID is not set"),
        configuration["CustomerIO:TrackApiKey"] ?? throw new InvalidOperationException("CustomerIO:TrackApiKey is not set"));

    public async Task SignedUpAsync(string userId, string email) =>
        (await http.PutAsJsonAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}",
            new { email, created_at = DateTimeOffset.UtcNow.ToUnixTimeSeconds() })).EnsureSuccessStatusCode();

    public Task PaidAsync(CustomerIOTrackApiClient track, string userId)
    {
        var paidAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var elapsedMs = Environment.TickCount64;
        Console.WriteLine($"paid after {elapsedMs} ms");
        return track.TrackEventAsync(userId, new TrackEventRequest { Name = "paid", Timestamp = paidAt });
    }

    public Task RefundedAsync(CustomerIOTrackApiClient track, string userId) =>
        track.TrackEventAsync(userId, new TrackEventRequest { Name = "paid", Timestamp = UnixNow() });

    private static long UnixNow() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public Task GuestCheckoutAsync(string anonymousId) =>
        legacyClient.TrackEventAsync("checkout", new { total = 42 }, null, anonymousId);

    public Task RenewedAsync(CrmGateway gateway, string userId) =>
        gateway.TrackAsync(userId, "renewed", DateTimeOffset.UtcNow.ToUnixTimeSeconds());

    public async Task ForgetAsync(string userId) =>
        (await http.DeleteAsync("https://track.customer.io/api/v1/customers/" + Uri.EscapeDataString(userId))).EnsureSuccessStatusCode();
}
