// Stand-in for the CustomerIO.Net.Sdk package: public signatures only, in the real namespaces.
#nullable disable
using System.Threading;
using System.Threading.Tasks;

namespace CustomerIO.Net.Sdk.TrackApi
{
    public static class TrackApiHosts
    {
        public const string US = "https://track.customer.io";
        public const string EU = "https://track-eu.customer.io";
    }

    public class TrackApiOptions
    {
        public string ApiKey { get; set; }

        public string Host { get; set; }
    }

    public class IdentifyCustomerRequest
    {
        public string Email { get; set; }

        public long? CreatedAt { get; set; }

        public long? Timestamp { get; set; }
    }

    public class TrackEventRequest
    {
        public string Name { get; set; }

        public long? Timestamp { get; set; }
    }

    public class DeviceRequest
    {
        public string Id { get; set; }

        public string Platform { get; set; }

        public long? LastUsed { get; set; }
    }

    public class AddDeviceRequest
    {
        public DeviceRequest Device { get; set; }
    }

    public class CustomerIOTrackApiClient
    {
        public CustomerIOTrackApiClient(string apiKey) => throw null;

        public CustomerIOTrackApiClient(TrackApiOptions options) => throw null;

        public Task IdentifyCustomerAsync(string identifier, IdentifyCustomerRequest request, CancellationToken ct = default) => throw null;

        public Task TrackEventAsync(string identifier, TrackEventRequest request, CancellationToken ct = default) => throw null;

        public Task DeleteCustomerAsync(string identifier, CancellationToken ct = default) => throw null;

        public Task AddOrUpdateDeviceAsync(string identifier, AddDeviceRequest request, CancellationToken ct = default) => throw null;
    }
}

namespace CustomerIO.Net.Sdk.AppApi
{
    public class SendEmailRequest
    {
        public string TransactionalMessageId { get; set; }

        public string To { get; set; }

        public long? SendAt { get; set; }
    }

    public class CustomerIOAppApiClient
    {
        public CustomerIOAppApiClient(string apiKey) => throw null;

        public Task SendEmailAsync(SendEmailRequest request, CancellationToken ct = default) => throw null;
    }
}

namespace CustomerIO.Net.Sdk.PipelinesApi
{
    public class TrackEventRequest
    {
        public string Event { get; set; }

        public string UserId { get; set; }

        public long? Timestamp { get; set; }
    }

    public class CustomerIOPipelinesApiClient
    {
        public CustomerIOPipelinesApiClient(string apiKey) => throw null;

        public Task TrackAsync(TrackEventRequest request, CancellationToken ct = default) => throw null;
    }
}
