using System.Net.Http.Headers;

namespace Acme.Shop;

/// <summary>Clients of the App API for the receipts the shop sends itself.</summary>
public static class ReceiptClients
{
    public static HttpClient Create(string appApiKey)
    {
        var app = new HttpClient { BaseAddress = new Uri("https://api.customer.io/v1/") };
        // CIO2005: the App API takes its key as a Bearer token and answers 401 to Basic auth.
        app.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", appApiKey);
        return app;
    }

    public static HttpClient CreateDoneRight(string appApiKey)
    {
        var app = new HttpClient { BaseAddress = new Uri("https://api.customer.io/v1/") };
        app.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", appApiKey);
        return app;
    }
}
