using CustomerIOSharp;

namespace Acme.Shop;

/// <summary>Checkout events sent from two places; one of them spells the event differently.</summary>
public sealed class CheckoutEvents(CustomerIo cio)
{
    public Task PaidAsync(string userId) => cio.TrackEventAsync("order_completed", customerId: userId);

    public Task PaidAgainAfterRetryAsync(string userId) => cio.TrackEventAsync("order_completed", customerId: userId);

    // CIO1009: the campaign triggers on "order_completed"; this event never reaches it.
    public Task PaidFromTheMobileBackendAsync(string userId) => cio.TrackEventAsync("Order Completed", customerId: userId);
}
