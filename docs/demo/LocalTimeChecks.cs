using CustomerIOSharp;

namespace Acme.Shop;

/// <summary>
/// CustomerIOSharp converts every DateTime against a local-time epoch: UTC values (warnings) move by the server's offset,
/// local ones (clean) do not.
/// </summary>
public sealed class LocalTimeChecks(CustomerIo cio)
{
    public Task RefundedAsync(string userId, DateTimeOffset refunded) =>
        // CIO1004: recorded hours off on any server not running in UTC.
        cio.TrackEventAsync("refunded", new { amount = 42 }, refunded.UtcDateTime, userId);

    public Task RefundedDoneRightAsync(string userId, DateTimeOffset refunded) =>
        cio.TrackEventAsync("refunded", new { amount = 42 }, refunded.LocalDateTime, userId);

    public Task ProfileAsync(string userId, string email) =>
        // CIO1004 on a customer's details: SignedUpAt is sent through the same converter.
        cio.IdentifyAsync(new ShopCustomer(userId, email) { SignedUpAt = DateTime.UtcNow });

    public Task ProfileDoneRightAsync(string userId, string email) =>
        cio.IdentifyAsync(new ShopCustomer(userId, email) { SignedUpAt = DateTime.Now });

    private sealed class ShopCustomer(string id, string email) : ICustomerDetails
    {
        public string Id { get; } = id;

        public string Email { get; } = email;

        public DateTime SignedUpAt { get; init; }
    }
}
