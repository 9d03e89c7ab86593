namespace CioProbe;

/// <summary>The Customer.io data centres and their API hosts.</summary>
internal static class CustomerIoRegion
{
    public const string Us = "us";
    public const string Eu = "eu";

    public static string TrackHost(string region) => region == Eu ? "https://track-eu.customer.io" : "https://track.customer.io";

    public static string AppHost(string region) => region == Eu ? "https://api-eu.customer.io" : "https://api.customer.io";

    public static string Other(string region) => region == Eu ? Us : Eu;

    /// <summary>The region a Customer.io host belongs to, or null for any other host (a proxy, a test server).</summary>
    public static string? OfHost(string? host) => host?.ToLowerInvariant() switch
    {
        "track.customer.io" or "api.customer.io" or "beta-api.customer.io" => Us,
        "track-eu.customer.io" or "api-eu.customer.io" or "beta-api-eu.customer.io" => Eu,
        _ => null,
    };
}
