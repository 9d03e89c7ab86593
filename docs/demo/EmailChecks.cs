using System.Net.Http.Json;
using CustomerIO.Net.Sdk.AppApi.Models.Transactional;
using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

namespace Acme.Shop;

/// <summary>Email addresses that cannot be one (CIO1005) next to their correct forms.</summary>
public sealed class EmailChecks(HttpClient http)
{
    // CIO1005: a placeholder stored as the guest's address; every email to them fails.
    public IdentifyCustomerRequest Guest(string userId) => new() { Id = userId, Email = "unknown" };

    public IdentifyCustomerRequest GuestDoneRight(string userId) => new() { Id = userId };

    public SendEmailRequest Receipt(string userId) => new()
    {
        TransactionalMessageId = 12,
        // CIO1005: the recipient has no domain; the send is rejected.
        To = "billing@",
        Identifiers = new TransactionalIdentifiers { Id = userId },
    };

    public SendEmailRequest ReceiptDoneRight(string userId) => new()
    {
        TransactionalMessageId = 12,
        To = "Acme Billing <billing@acme.example>",
        Identifiers = new TransactionalIdentifiers { Id = userId },
    };

    public async Task InviteAsync(string userId) =>
        // CIO1005: JSON "to" of a transactional email without an address.
        (await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new { transactional_message_id = 7, to = "new member", identifiers = new { id = userId } })).EnsureSuccessStatusCode();
}
