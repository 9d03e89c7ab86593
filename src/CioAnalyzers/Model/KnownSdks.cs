using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

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

        /// <summary>Declared before <see cref="Elements"/>, which reads it during static initialisation.</summary>
        private static readonly (string Member, string Parameter, ApiRole Role)[] SegmentStyleClient =
        {
            ("Identify", "userId", ApiRole.CustomerId),
            ("Track", "userId", ApiRole.CustomerId),
            ("Track", "eventName", ApiRole.EventName),
        };

        public static readonly ImmutableArray<SdkElement> Elements = ImmutableArray.CreateRange(
            // CustomerIOSharp 1.x (CustomerIo) and 0.5.x (TrackApi, same surface; AppApi).
            Same(CustomerIoSharp, new[] { "CustomerIo", "TrackApi" }, includeSubNamespaces: false,
                (SdkElement.Constructor, "siteId", ApiRole.SiteId),
                (SdkElement.Constructor, "apiKey", ApiRole.TrackApiKey),
                ("DeleteCustomerAsync", "customerId", ApiRole.CustomerId),
                ("TrackEventAsync", "customerId", ApiRole.CustomerId),
                ("TrackEventAsync", "eventName", ApiRole.EventName),
                ("TrackEventAsync", "data", ApiRole.AttributeBag),
                ("TrackNonCustomerEventAsync", "eventName", ApiRole.EventName),
                ("TrackNonCustomerEventAsync", "data", ApiRole.AttributeBag))
            .Concat(new[]
            {
                new SdkElement(CustomerIoSharp, "AppApi", SdkElement.Constructor, "appApiKey", ApiRole.AppApiKey),
                new SdkElement(CustomerIoSharp, "ICustomerDetails", "Id", null, ApiRole.CustomerId),
                new SdkElement(CustomerIoSharp, "ICustomerDetails", "Email", null, ApiRole.Email),
            })

            // CustomerIO.Net.Sdk: clients, options and request models (model namespaces vary, so sub-namespaces count).
            .Concat(Same(NetSdk, new[] { "CustomerIOTrackApiClient" }, includeSubNamespaces: true,
                (SdkElement.Constructor, "apiKey", ApiRole.TrackApiKey),
                ("IdentifyCustomerAsync", "identifier", ApiRole.CustomerId),
                ("TrackEventAsync", "identifier", ApiRole.CustomerId),
                ("DeleteCustomerAsync", "identifier", ApiRole.CustomerId),
                ("AddOrUpdateDeviceAsync", "identifier", ApiRole.CustomerId)))
            .Concat(Same(NetSdk, new[] { "CustomerIOAppApiClient" }, includeSubNamespaces: true,
                (SdkElement.Constructor, "apiKey", ApiRole.AppApiKey)))
            .Concat(new[]
            {
                new SdkElement(NetSdk, "TrackApiOptions", "ApiKey", null, ApiRole.TrackApiKey, includeSubNamespaces: true),
                new SdkElement(NetSdk, "IdentifyCustomerRequest", "CreatedAt", null, ApiRole.UnixSeconds, includeSubNamespaces: true),
                new SdkElement(NetSdk, "IdentifyCustomerRequest", "Timestamp", null, ApiRole.UnixSeconds, includeSubNamespaces: true),
                new SdkElement(NetSdk, "TrackEventRequest", "Timestamp", null, ApiRole.UnixSeconds, includeSubNamespaces: true),
                new SdkElement(NetSdk, "DeviceRequest", "LastUsed", null, ApiRole.UnixSeconds, includeSubNamespaces: true),
                new SdkElement(NetSdk, "SendEmailRequest", "SendAt", null, ApiRole.UnixSeconds, includeSubNamespaces: true),
            })

            // Segment and RudderStack forwarding to Customer.io: user id and write key (their timestamps are ISO).
            .Concat(Same(Segment, new[] { "Client", "IAnalyticsClient" }, includeSubNamespaces: false, SegmentStyleClient))
            .Concat(Same(RudderStack, new[] { "RudderClient" }, includeSubNamespaces: false, SegmentStyleClient))
            .Concat(new[]
            {
                new SdkElement(Segment, "Client", SdkElement.Constructor, "writeKey", ApiRole.WriteKey),
                new SdkElement(Segment, "Analytics", "Initialize", "writeKey", ApiRole.WriteKey),
                new SdkElement(RudderStack, "RudderClient", SdkElement.Constructor, "writeKey", ApiRole.WriteKey),
                new SdkElement(RudderStack, "RudderAnalytics", "Initialize", "writeKey", ApiRole.WriteKey),
            }));

        /// <summary>The same members on several types of one library.</summary>
        private static IEnumerable<SdkElement> Same(string ns, string[] typeNames, bool includeSubNamespaces, params (string Member, string Parameter, ApiRole Role)[] members)
            => typeNames.SelectMany(type => members.Select(m => new SdkElement(ns, type, m.Member, m.Parameter, m.Role, includeSubNamespaces)));
    }
}
