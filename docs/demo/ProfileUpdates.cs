using System.Net;
using System.Net.Http.Json;

namespace Acme.Shop;

/// <summary>Profile updates sent straight to the Track API, with the customer id in the URL path.</summary>
public sealed class ProfileUpdates(HttpClient http)
{
    public Task ChangePlanAsync(string email, string plan) =>
        // CIO3001: an email such as "jane+vip@acme.io" or an id with '/' addresses another person; escape it.
        http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{email}", new { plan });

    public Task ForgetDeviceAsync(string userId, string deviceToken) =>
        // CIO3001: WebUtility.UrlEncode is form encoding (a space becomes '+'), not path escaping.
        http.DeleteAsync($"https://track.customer.io/api/v1/customers/{WebUtility.UrlEncode(userId)}/devices/{Uri.EscapeDataString(deviceToken)}");

    public Task ChangePlanDoneRightAsync(string email, string plan) =>
        http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(email)}", new { plan });
}
