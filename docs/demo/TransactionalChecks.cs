using System.Net.Http.Json;
using CustomerIO.Net.Sdk.AppApi;
using CustomerIO.Net.Sdk.AppApi.Models.Transactional;

namespace Acme.Shop;

/// <summary>Transactional sends Customer.io rejects (CIO1011) or misreads (CIO1014) next to their correct forms.</summary>
public sealed class TransactionalChecks(CustomerIOAppApiClient app, HttpClient http)
{
    public Task ReceiptAsync(string userId, string email) =>
        app.SendEmailAsync(new SendEmailRequest
        {
            TransactionalMessageId = 3,
            To = email,
            // CIO1011: the person is named twice; Customer.io takes exactly one identifier.
            Identifiers = new TransactionalIdentifiers { Id = userId, Email = email },
        });

    public Task ReceiptDoneRightAsync(string userId, string email) =>
        app.SendEmailAsync(new SendEmailRequest
        {
            TransactionalMessageId = 3,
            To = email,
            Identifiers = new TransactionalIdentifiers { Id = userId },
        });

    public async Task ShippedAsync(string userId, string email, string trackingUrl) =>
        (await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new
        {
            transactional_message_id = 5,
            to = email,
            identifiers = new { id = userId },
            // CIO1014: PostAsJsonAsync camel-cases MessageData to "messageData"; the template gets no data.
            MessageData = new { tracking_url = trackingUrl },
        })).EnsureSuccessStatusCode();

    public async Task ShippedDoneRightAsync(string userId, string email, string trackingUrl) =>
        (await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new
        {
            transactional_message_id = 5,
            to = email,
            identifiers = new { id = userId },
            message_data = new { tracking_url = trackingUrl },
        })).EnsureSuccessStatusCode();

    public async Task RenewalReminderAsync(string userId) =>
        (await http.PostAsJsonAsync("https://api.customer.io/v1/send/push", new
        {
            transactional_message_id = 8,
            identifiers = new { id = userId },
            // CIO1011: scheduled 120 days ahead; Customer.io schedules at most 90 days ahead. No fix: the date is the author's call.
            send_at = DateTimeOffset.UtcNow.AddDays(120).ToUnixTimeSeconds(),
        })).EnsureSuccessStatusCode();

    public async Task RenewalReminderDoneRightAsync(string userId) =>
        (await http.PostAsJsonAsync("https://api.customer.io/v1/send/push", new
        {
            transactional_message_id = 8,
            identifiers = new { id = userId },
            send_at = DateTimeOffset.UtcNow.AddDays(60).ToUnixTimeSeconds(),
        })).EnsureSuccessStatusCode();
}
