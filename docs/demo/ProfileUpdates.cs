using System.Net;
using System.Net.Http.Json;

namespace Acme.Shop;

/// <summary>Profile updates sent straight to the Track API, with the customer id in the URL path.</summary>
public sealed class ProfileUpdates(HttpClient http)
{
    public async Task ChangePlanAsync(string email, string plan) =>
        // CIO3001: an email such as "jane+vip@acme.io" or an id with '/' addresses another person; escape it.
        (await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{email}", new { plan })).EnsureSuccessStatusCode();

    public async Task ForgetDeviceAsync(string userId, string deviceToken) =>
        // CIO3001: WebUtility.UrlEncode is form encoding (a space becomes '+'), not path escaping.
        (await http.DeleteAsync($"https://track.customer.io/api/v1/customers/{WebUtility.UrlEncode(userId)}/devices/{Uri.EscapeDataString(deviceToken)}")).EnsureSuccessStatusCode();

    public async Task RenameAsync(string userId, string name) =>
        // CIO3003: identify is PUT; Customer.io has no POST on a person's path, so the new name never arrives.
        (await http.PostAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}", new { name })).EnsureSuccessStatusCode();

    public async Task ChangeLocaleAsync(string userId, string locale) =>
        (await http.PutAsJsonAsync(
            // CIO3001 through a helper: PersonUrl writes its id into the path as it is; the fix escapes the argument here.
            PersonUrl(userId),
            new { locale })).EnsureSuccessStatusCode();

    private static string PersonUrl(string id) => $"https://track.customer.io/api/v1/customers/{id}";

    public async Task ChangeLocaleDoneRightAsync(string userId, string locale) =>
        (await http.PutAsJsonAsync(EscapedPersonUrl(userId), new { locale })).EnsureSuccessStatusCode();

    private static string EscapedPersonUrl(string id) => $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(id)}";

    public async Task RenameDoneRightAsync(string userId, string name) =>
        (await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}", new { name })).EnsureSuccessStatusCode();

    public async Task ChangePlanDoneRightAsync(string email, string plan) =>
        (await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(email)}", new { plan })).EnsureSuccessStatusCode();
}
