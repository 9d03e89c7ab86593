using System.Net.Http.Json;

namespace Acme.Shop;

/// <summary>Order events sent to the Track API with a raw HttpClient.</summary>
public sealed class OrderEvents(HttpClient http)
{
    public async Task PaidAsync(string userId, decimal total)
    {
        // CIO3002: a 400 (bad payload) or 401 (wrong key or region) is dropped here; nobody ever learns the event was lost.
        await http.PostAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}/events", new { name = "order_paid", data = new { total } });
    }

    // CIO3002: the Task passed on carries no response, so no caller can see a 400 or a 401 either.
    public Task CancelledAsync(string userId) => http.PostAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}/events", new { name = "order_cancelled" });

    public async Task ReturnedAsync(string userId)
    {
        // CIO3002: PostEventAsync hands back Customer.io's response, and this caller drops it.
        await PostEventAsync(userId, new { name = "order_returned" });
    }

    public async Task ReturnedDoneRightAsync(string userId)
    {
        using var response = await PostEventAsync(userId, new { name = "order_returned" });
        response.EnsureSuccessStatusCode();
    }

    public void Delivered(string userId)
    {
        // CIO3002: Wait() blocks until Customer.io answers, then throws the answer away: a 400 or a 401 goes unseen.
        http.PutAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}", JsonContent.Create(new { delivery_confirmed = true })).Wait();
    }

    public void DeliveredDoneRight(string userId)
        => http.PutAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}", JsonContent.Create(new { delivery_confirmed = true })).Result.EnsureSuccessStatusCode();

    public async Task ShippedAsync(string userId)
    {
        // CIO1004: ToUniversalTime() turns the epoch into the server's local midnight, so every timestamp is off by its UTC offset.
        var epoch = new DateTime(1970, 1, 1).ToUniversalTime();
        using var response = await http.PostAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}/events", new { name = "order_shipped", timestamp = (long)(DateTime.UtcNow - epoch).TotalSeconds });
        response.EnsureSuccessStatusCode();
    }

    public async Task ShippedDoneRightAsync(string userId)
    {
        using var response = await http.PostAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}/events", new { name = "order_shipped", timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds() });
        response.EnsureSuccessStatusCode();
    }

    public async Task RefundedDoneRightAsync(string userId, decimal total)
    {
        using var response = await http.PostAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}/events", new { name = "order_refunded", data = new { total } });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Passes Customer.io's response on to its caller, whose job it is to check it.</summary>
    private Task<HttpResponseMessage> PostEventAsync(string userId, object body)
        => http.PostAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}/events", body);
}
