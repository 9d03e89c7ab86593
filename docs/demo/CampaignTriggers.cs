using CustomerIO.Net.Sdk.AppApi;
using CustomerIO.Net.Sdk.TrackApi;
using Microsoft.Extensions.Configuration;

namespace Acme.Shop;

/// <summary>The Track client for events and the App client for transactional messages, each from its own setting.</summary>
public sealed class CampaignTriggers(IConfiguration configuration)
{
    public CustomerIOTrackApiClient Track() => new(new TrackApiOptions
    {
        // CIO2003: the App API key given to the Track client; Track answers 401.
        ApiKey = configuration["CustomerIO:AppApiKey"] ?? throw new InvalidOperationException("CustomerIO:AppApiKey is not set"),
    });

    public CustomerIOAppApiClient App() => new(
        configuration["CustomerIO:AppApiKey"] ?? throw new InvalidOperationException("CustomerIO:AppApiKey is not set"));
}
