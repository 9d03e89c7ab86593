using CustomerIO.Net.Sdk.AppApi;
using CustomerIO.Net.Sdk.TrackApi;

namespace Acme.Shop;

/// <summary>The shop's workspace lives in the EU data centre.</summary>
public sealed class CustomerIoClients(string trackKey, string appKey)
{
    public CustomerIOTrackApiClient Track() => new(new TrackApiOptions { ApiKey = trackKey, Host = TrackApiHosts.EU });

    public CustomerIOTrackApiClient Imports() => new(new TrackApiOptions { ApiKey = trackKey, Host = TrackApiHosts.EU });

    // CIO2004: the App API host of the US data centre answers 401 to an EU workspace's key.
    public CustomerIOAppApiClient Transactional() => new(new AppApiOptions { ApiKey = appKey, Host = AppApiHosts.US });
}
