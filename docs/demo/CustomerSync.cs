using System.Net.Http.Json;
using CustomerIO.Net.Sdk.TrackApi;
using CustomerIO.Net.Sdk.TrackApi.Models.Event;
using CustomerIOSharp;
using Microsoft.Extensions.Configuration;

namespace Acme.Shop;

/// <summary>How Customer.io integrations usually go wrong: every member here draws a CIO warning.</summary>
public sealed class CustomerSync(HttpClient http, IConfiguration configuration)
{
    // CIO2001: both settings are null when missing; every call then fails with 401.
    private readonly CustomerIo legacyClient = new(
        Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID"),
        configuration["CustomerIO:TrackApiKey"]);

    public Task SignedUpAsync(string userId, string email) =>
        // CIO1001: milliseconds where Customer.io stores seconds; the sign-up lands in the year ~48,000.
        http.PutAsJsonAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}",
            new { email, created_at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });

    public Task PaidAsync(CustomerIOTrackApiClient track, string userId)
    {
        var paidAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        // CIO1001 through a local: the fix rewrites the local's initializer.
        return track.TrackEventAsync(userId, new TrackEventRequest { Name = "paid", Timestamp = paidAt });
    }

    public Task GuestCheckoutAsync() =>
        // CIO1002: an empty identifier; Customer.io rejects it.
        legacyClient.TrackEventAsync("checkout", new { total = 42 }, null, "");

    public Task RenewedAsync(CrmGateway gateway, string userId) =>
        // CIO1001 through the team's own wrapper, configured in CustomerIo.Api.txt.
        gateway.TrackAsync(userId, "renewed", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

    public Task ForgetAsync() =>
        // CIO1002: the URL addresses customers//, nobody.
        http.DeleteAsync("https://track.customer.io/api/v1/customers/" + string.Empty);
}
