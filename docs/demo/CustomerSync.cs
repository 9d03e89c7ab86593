using System.Net.Http.Json;
using CustomerIO.Net.Sdk.TrackApi;
using CustomerIO.Net.Sdk.TrackApi.Models.Event;
using CustomerIOSharp;
using Microsoft.Extensions.Configuration;

namespace Acme.Shop;

/// <summary>How Customer.io integrations usually go wrong: every member here draws a CIO warning.</summary>
public sealed class CustomerSync(HttpClient http, IConfiguration configuration)
{
    private readonly CustomerIo legacyClient = new(
        // CIO2001: null when the variable is not set; every call then fails with 401.
        Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID"),
        // CIO2001: appsettings.json leaves the key blank for the environment to set; null when it does not, with the same 401.
        configuration["CustomerIO:TrackApiKey"]);

    public async Task SignedUpAsync(string userId, string email) =>
        (await http.PutAsJsonAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}",
            // CIO1001: milliseconds where Customer.io stores seconds; the sign-up lands in the year ~48,000.
            new { email, created_at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() })).EnsureSuccessStatusCode();

    public Task PaidAsync(CustomerIOTrackApiClient track, string userId)
    {
        // CIO1001 through a local: the fix rewrites the local's initializer.
        var paidAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        return track.TrackEventAsync(userId, new TrackEventRequest { Name = "paid", Timestamp = paidAt });
    }

    public Task RefundedAsync(CustomerIOTrackApiClient track, string userId) =>
        // CIO1001 through a helper: UnixNow() returns milliseconds; the fix rewrites the helper, used only here.
        track.TrackEventAsync(userId, new TrackEventRequest { Name = "paid", Timestamp = UnixNow() });

    private static long UnixNow() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    public Task GuestCheckoutAsync() =>
        // CIO1002: an empty identifier; Customer.io rejects it. No fix: only the author knows who the guest is.
        legacyClient.TrackEventAsync("checkout", new { total = 42 }, null, "");

    public Task RenewedAsync(CrmGateway gateway, string userId) =>
        // CIO1001 through the team's own wrapper, configured in CustomerIo.Api.txt.
        gateway.TrackAsync(userId, "renewed", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

    public Task NewsletterSignupAsync(string email) =>
        // CIO1013: a new id on every call, kept nowhere: each sign-up adds another person to Customer.io.
        legacyClient.IdentifyAsync(new CustomerDetails(Guid.NewGuid().ToString(), email));

    public async Task ForgetAsync() =>
        // CIO1002: the URL addresses customers//, nobody. No fix: there is no id to guess.
        (await http.DeleteAsync("https://track.customer.io/api/v1/customers/" + string.Empty)).EnsureSuccessStatusCode();
}
