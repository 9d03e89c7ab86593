using CustomerIO.Net.Sdk.AppApi;

namespace Acme.Shop;

/// <summary>Clients for transactional messages through the App API.</summary>
public static class TransactionalMail
{
    // CIO2002: the App API key is in the repository, its history and the built assembly (a made-up key here).
    public static CustomerIOAppApiClient Quick() => new("7c2e9f4a1b8d3e6f0a5c9b2d8e1f4a7c");

    public static CustomerIOAppApiClient FromEnvironment() => new(
        Environment.GetEnvironmentVariable("CUSTOMERIO_APP_API_KEY") ?? throw new InvalidOperationException("CUSTOMERIO_APP_API_KEY is not set"));
}
