using System.Net.Http.Json;
using CustomerIOSharp;

namespace Acme.Shop;

/// <summary>Constants over Customer.io's size limits (warnings) and within them (clean).</summary>
public sealed class SizeLimitChecks(HttpClient http, CustomerIo cio)
{
    // Customer.io rejects event names over 100 bytes and attribute values over 1000 bytes.
    private const string CheckoutEvent = "checkout_completed_with_express_shipping_and_gift_wrapping_for_returning_customers_in_the_spring_sale";

    private const string Terms = "By creating an account you agree to the terms of service, the privacy policy, the cookie policy, the acceptable use policy, the community guidelines, the refund policy, the shipping policy, the loyalty programme rules, the gift card terms, the marketplace seller agreement, the affiliate agreement, the accessibility statement, the modern slavery statement, the environmental policy, the security disclosure policy, the data processing addendum, the subprocessor list, the service level agreement, the support policy, the beta programme terms, the API terms of use, the brand guidelines, the trademark policy, the copyright policy, the DMCA policy, the law enforcement guidelines, the transparency report, the whistleblower policy, the anti-bribery policy, the code of conduct, the supplier code of conduct, the human rights policy, the tax strategy, the gender pay gap report, the annual report, the investor relations policy, the media policy, the social media policy, the open source policy, the bug bounty terms, and every future document we publish.";

    public Task CheckedOutAsync(string userId) =>
        // CIO1006: a 101-byte event name.
        cio.TrackEventAsync(CheckoutEvent, new { express = true }, null, userId);

    public Task CheckedOutDoneRightAsync(string userId) =>
        cio.TrackEventAsync("checkout_completed", new { express = true, gift_wrapped = true, returning = true, sale = "spring" }, null, userId);

    public async Task AcceptedTermsAsync(string userId) =>
        (await http.PutAsJsonAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}",
            // CIO1006: the attribute value is over 1000 bytes; the whole identify call is rejected.
            new { accepted_terms = Terms })).EnsureSuccessStatusCode();

    public async Task AcceptedTermsDoneRightAsync(string userId) =>
        (await http.PutAsJsonAsync(
            $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}",
            new { accepted_terms_version = "2026-05" })).EnsureSuccessStatusCode();
}
