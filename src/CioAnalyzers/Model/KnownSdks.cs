using System.Collections.Immutable;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// The client libraries through which C# reaches Customer.io, as data (FACTS.md section 5).
    /// Adding a library or a member is an entry here; no rule names a library.
    /// </summary>
    internal static class KnownSdks
    {
        private const string CustomerIoSharp = "CustomerIOSharp";
        private const string NetSdk = "CustomerIO.Net.Sdk";
        private const string Segment = "Segment";
        private const string RudderStack = "RudderStack";

        /// <summary>Namespaces whose timestamps are ISO-8601 envelopes, never Unix seconds.</summary>
        public static readonly ImmutableArray<string> IsoTimestampNamespaces = ImmutableArray.Create(
            "CustomerIO.Net.Sdk.PipelinesApi");

        public static readonly ImmutableArray<SdkElement> Elements = ImmutableArray.Create(
            // CustomerIOSharp 1.x (CustomerIo) and 0.5.x (TrackApi / AppApi).
            new SdkElement(CustomerIoSharp, "CustomerIo", SdkElement.Constructor, "siteId", ApiRole.SiteId),
            new SdkElement(CustomerIoSharp, "CustomerIo", SdkElement.Constructor, "apiKey", ApiRole.TrackApiKey),
            new SdkElement(CustomerIoSharp, "CustomerIo", "DeleteCustomerAsync", "customerId", ApiRole.CustomerId),
            new SdkElement(CustomerIoSharp, "CustomerIo", "TrackEventAsync", "customerId", ApiRole.CustomerId),
            new SdkElement(CustomerIoSharp, "CustomerIo", "TrackEventAsync", "eventName", ApiRole.EventName),
            new SdkElement(CustomerIoSharp, "CustomerIo", "TrackEventAsync", "data", ApiRole.AttributeBag),
            new SdkElement(CustomerIoSharp, "CustomerIo", "TrackNonCustomerEventAsync", "eventName", ApiRole.EventName),
            new SdkElement(CustomerIoSharp, "CustomerIo", "TrackNonCustomerEventAsync", "data", ApiRole.AttributeBag),
            new SdkElement(CustomerIoSharp, "TrackApi", SdkElement.Constructor, "siteId", ApiRole.SiteId),
            new SdkElement(CustomerIoSharp, "TrackApi", SdkElement.Constructor, "apiKey", ApiRole.TrackApiKey),
            new SdkElement(CustomerIoSharp, "TrackApi", "DeleteCustomerAsync", "customerId", ApiRole.CustomerId),
            new SdkElement(CustomerIoSharp, "TrackApi", "TrackEventAsync", "customerId", ApiRole.CustomerId),
            new SdkElement(CustomerIoSharp, "TrackApi", "TrackEventAsync", "eventName", ApiRole.EventName),
            new SdkElement(CustomerIoSharp, "TrackApi", "TrackEventAsync", "data", ApiRole.AttributeBag),
            new SdkElement(CustomerIoSharp, "TrackApi", "TrackNonCustomerEventAsync", "eventName", ApiRole.EventName),
            new SdkElement(CustomerIoSharp, "TrackApi", "TrackNonCustomerEventAsync", "data", ApiRole.AttributeBag),
            new SdkElement(CustomerIoSharp, "AppApi", SdkElement.Constructor, "appApiKey", ApiRole.AppApiKey),
            new SdkElement(CustomerIoSharp, "ICustomerDetails", "Id", null, ApiRole.CustomerId),
            new SdkElement(CustomerIoSharp, "ICustomerDetails", "Email", null, ApiRole.Email),

            // CustomerIO.Net.Sdk: clients, options and request models (model namespaces vary, so sub-namespaces count).
            new SdkElement(NetSdk, "CustomerIOTrackApiClient", SdkElement.Constructor, "apiKey", ApiRole.TrackApiKey, includeSubNamespaces: true),
            new SdkElement(NetSdk, "CustomerIOAppApiClient", SdkElement.Constructor, "apiKey", ApiRole.AppApiKey, includeSubNamespaces: true),
            new SdkElement(NetSdk, "CustomerIOTrackApiClient", "IdentifyCustomerAsync", "identifier", ApiRole.CustomerId, includeSubNamespaces: true),
            new SdkElement(NetSdk, "CustomerIOTrackApiClient", "TrackEventAsync", "identifier", ApiRole.CustomerId, includeSubNamespaces: true),
            new SdkElement(NetSdk, "CustomerIOTrackApiClient", "DeleteCustomerAsync", "identifier", ApiRole.CustomerId, includeSubNamespaces: true),
            new SdkElement(NetSdk, "CustomerIOTrackApiClient", "AddOrUpdateDeviceAsync", "identifier", ApiRole.CustomerId, includeSubNamespaces: true),
            new SdkElement(NetSdk, "TrackApiOptions", "ApiKey", null, ApiRole.TrackApiKey, includeSubNamespaces: true),
            new SdkElement(NetSdk, "IdentifyCustomerRequest", "CreatedAt", null, ApiRole.UnixSeconds, includeSubNamespaces: true),
            new SdkElement(NetSdk, "IdentifyCustomerRequest", "Timestamp", null, ApiRole.UnixSeconds, includeSubNamespaces: true),
            new SdkElement(NetSdk, "TrackEventRequest", "Timestamp", null, ApiRole.UnixSeconds, includeSubNamespaces: true),
            new SdkElement(NetSdk, "DeviceRequest", "LastUsed", null, ApiRole.UnixSeconds, includeSubNamespaces: true),
            new SdkElement(NetSdk, "SendEmailRequest", "SendAt", null, ApiRole.UnixSeconds, includeSubNamespaces: true),

            // Segment and RudderStack forwarding to Customer.io: user id and write key (their timestamps are ISO).
            new SdkElement(Segment, "Analytics", "Initialize", "writeKey", ApiRole.WriteKey),
            new SdkElement(Segment, "Client", SdkElement.Constructor, "writeKey", ApiRole.WriteKey),
            new SdkElement(Segment, "Client", "Identify", "userId", ApiRole.CustomerId),
            new SdkElement(Segment, "Client", "Track", "userId", ApiRole.CustomerId),
            new SdkElement(Segment, "Client", "Track", "eventName", ApiRole.EventName),
            new SdkElement(Segment, "IAnalyticsClient", "Identify", "userId", ApiRole.CustomerId),
            new SdkElement(Segment, "IAnalyticsClient", "Track", "userId", ApiRole.CustomerId),
            new SdkElement(Segment, "IAnalyticsClient", "Track", "eventName", ApiRole.EventName),
            new SdkElement(RudderStack, "RudderAnalytics", "Initialize", "writeKey", ApiRole.WriteKey),
            new SdkElement(RudderStack, "RudderClient", SdkElement.Constructor, "writeKey", ApiRole.WriteKey),
            new SdkElement(RudderStack, "RudderClient", "Identify", "userId", ApiRole.CustomerId),
            new SdkElement(RudderStack, "RudderClient", "Track", "userId", ApiRole.CustomerId),
            new SdkElement(RudderStack, "RudderClient", "Track", "eventName", ApiRole.EventName));
    }
}
