using System.Net.Http.Json;
using System.Text.Json;
using CustomerIOSharp;

namespace Acme.Shop;

/// <summary>Reserved attribute names in the wrong case (warnings) and as Customer.io reads them (clean).</summary>
public sealed class AttributeNameChecks(HttpClient http, CustomerIo cio)
{
    public async Task ProfileAsync(string userId, string email, bool unsubscribed)
    {
        // CIO1008: System.Text.Json writes the names as they are: "Email" and "Unsubscribed" become plain attributes.
        var json = JsonSerializer.Serialize(new { Email = email, Unsubscribed = unsubscribed });
        using var response = await http.PutAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
    }

    public async Task ProfileDoneRightAsync(string userId, string email, bool unsubscribed) =>
        // PutAsJsonAsync camel-cases property names: Email goes out as "email".
        (await http.PutAsJsonAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}",
            new { Email = email, unsubscribed })).EnsureSuccessStatusCode();

    public Task SignedUpAsync(string userId, string email) =>
        // CIO1008: CustomerIOSharp camel-cases CreatedAt to "createdAt", not the reserved "created_at".
        cio.IdentifyAsync(new Member(userId, email) { CreatedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds() });

    public Task SignedUpDoneRightAsync(string userId, string email) =>
        cio.IdentifyAsync(new MemberDoneRight(userId, email) { CreatedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds() });

    private sealed class Member(string id, string email) : ICustomerDetails
    {
        public string Id { get; } = id;

        public string Email { get; } = email;

        public long CreatedAt { get; init; }
    }

    private sealed class MemberDoneRight(string id, string email) : ICustomerDetails
    {
        public string Id { get; } = id;

        public string Email { get; } = email;

        // CustomerIOSharp writes with Newtonsoft.Json, which reads the name from [JsonProperty].
        [Newtonsoft.Json.JsonProperty("created_at")]
        public long CreatedAt { get; init; }
    }
}
