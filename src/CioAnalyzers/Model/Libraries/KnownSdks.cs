using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// The client libraries through which C# reaches Customer.io, as data, mirrored from each library's public source
    /// (the versions are named in tests/StandIns). Adding a library or a member is an entry here; no rule names a library.
    /// </summary>
    internal static class KnownSdks
    {
        private const string CustomerIoSharp = "CustomerIOSharp";
        private const string NetSdk = "CustomerIO.Net.Sdk";
        private const string NetSdkTrackApi = "CustomerIO.Net.Sdk.TrackApi";
        private const string Segment = "Segment";
        private const string SegmentCSharp = "Segment.Analytics";
        private const string RudderStack = "RudderStack";

        /// <summary>Namespaces whose timestamps are ISO-8601 envelopes, never Unix seconds.</summary>
        public static readonly ImmutableArray<string> IsoTimestampNamespaces = ImmutableArray.Create(
            "CustomerIO.Net.Sdk.PipelinesApi");

        /// <summary>
        /// Segment-style clients throw on an empty user id unless the options carry an anonymous id, so the user id is a
        /// customer id only in the overloads without options. Declared before <see cref="Elements"/>, which reads it.
        /// </summary>
        private static readonly (string Member, string Parameter, ApiRole Role)[] SegmentStyleClient =
        {
            ("Identify", "userId", ApiRole.CustomerId),
            ("Track", "userId", ApiRole.CustomerId),
            ("Track", "eventName", ApiRole.EventName),
        };

        private const string SegmentStyleOptions = "options";

        /// <summary>
        /// CustomerIOSharp (1.x and 0.5.x) writes event data and the customer details it is given with Newtonsoft.Json and its
        /// own UnixTimestampConverter, which subtracts <c>new DateTime(1970, 1, 1).ToLocalTime()</c> from every DateTime:
        /// a DateTime must be of local kind. Every public property of a type implementing ICustomerDetails is sent, under a
        /// CamelCasePropertyNamesContractResolver: CreatedAt goes out as createdAt.
        /// </summary>
        public static readonly ImmutableArray<LibrarySerializer> Serializers = ImmutableArray.Create(
            new LibrarySerializer(CustomerIoSharp, ImmutableArray.Create("ICustomerDetails"), ApiRole.LocalTimeDateTime, JsonNaming.NewtonsoftCamelCase));

        public static readonly ImmutableArray<SdkElement> Elements = ImmutableArray.CreateRange(
            // CustomerIOSharp 1.x (CustomerIo, what a plain install gets) and 0.5.x (TrackApi, same surface; AppApi).
            Same(CustomerIoSharp, new[] { "CustomerIo", "TrackApi" },
                (SdkElement.Constructor, "siteId", ApiRole.SiteId),
                (SdkElement.Constructor, "apiKey", ApiRole.TrackApiKey),
                ("IdentifyAsync", "customer", ApiRole.AttributeObject),
                ("DeleteCustomerAsync", "customerId", ApiRole.CustomerId),
                ("TrackEventAsync", "customerId", ApiRole.CustomerId),
                ("TrackEventAsync", "eventName", ApiRole.EventName),
                ("TrackEventAsync", "data", ApiRole.EventData),
                ("TrackEventAsync", "timestamp", ApiRole.LocalTimeDateTime),
                ("TrackNonCustomerEventAsync", "eventName", ApiRole.EventName),
                ("TrackNonCustomerEventAsync", "data", ApiRole.EventData),
                ("TrackNonCustomerEventAsync", "timestamp", ApiRole.LocalTimeDateTime))
            .Concat(new[]
            {
                new SdkElement(CustomerIoSharp, "AppApi", SdkElement.Constructor, "appApiKey", ApiRole.AppApiKey),
                new SdkElement(CustomerIoSharp, "ICustomerDetails", "Id", null, ApiRole.CustomerId),
                new SdkElement(CustomerIoSharp, "ICustomerDetails", "Email", null, ApiRole.Email),
                new SdkElement(CustomerIoSharp, "CustomerDetails", SdkElement.Constructor, "id", ApiRole.CustomerId),
                new SdkElement(CustomerIoSharp, "CustomerDetails", SdkElement.Constructor, "email", ApiRole.Email),
            })

            // CustomerIO.Net.Sdk: clients, options (ApiKey is declared once on their common base: its role follows the
            // options type) and request models, which live in sub-namespaces.
            .Concat(Same(NetSdkTrackApi, new[] { "CustomerIOTrackApiClient", "ICustomerIOTrackApiClient" },
                ("IdentifyCustomerAsync", "identifier", ApiRole.CustomerId),
                ("TrackEventAsync", "identifier", ApiRole.CustomerId),
                ("DeleteCustomerAsync", "identifier", ApiRole.CustomerId),
                ("AddOrUpdateDeviceAsync", "identifier", ApiRole.CustomerId),
                ("DeleteDeviceAsync", "identifier", ApiRole.CustomerId),
                ("SuppressCustomerAsync", "identifier", ApiRole.CustomerId),
                ("UnsuppressCustomerAsync", "identifier", ApiRole.CustomerId)))
            .Concat(new[]
            {
                new SdkElement(NetSdkTrackApi, "CustomerIOTrackApiClient", SdkElement.Constructor, "apiKey", ApiRole.TrackApiKey),
                new SdkElement(NetSdk, "CustomerIOAppApiClient", SdkElement.Constructor, "apiKey", ApiRole.AppApiKey, IncludeSubNamespaces: true),
                new SdkElement(NetSdk, "CustomerIOPipelinesApiClient", SdkElement.Constructor, "apiKey", ApiRole.WriteKey, IncludeSubNamespaces: true),
                new SdkElement(NetSdk, "TrackApiOptions", "ApiKey", null, ApiRole.TrackApiKey, IncludeSubNamespaces: true),
                new SdkElement(NetSdk, "AppApiOptions", "ApiKey", null, ApiRole.AppApiKey, IncludeSubNamespaces: true),
                new SdkElement(NetSdk, "PipelinesApiOptions", "ApiKey", null, ApiRole.WriteKey, IncludeSubNamespaces: true),
                new SdkElement(NetSdk, "IdentifyCustomerRequest", "Id", null, ApiRole.CustomerId, IncludeSubNamespaces: true),
                new SdkElement(NetSdk, "IdentifyCustomerRequest", "Email", null, ApiRole.Email, IncludeSubNamespaces: true),
                new SdkElement(NetSdk, "IdentifyCustomerRequest", "CreatedAt", null, ApiRole.UnixSeconds, IncludeSubNamespaces: true),
                new SdkElement(NetSdk, "IdentifyCustomerRequest", "Timestamp", null, ApiRole.UnixSeconds, IncludeSubNamespaces: true),
                new SdkElement(NetSdk, "TrackEventRequest", "Name", null, ApiRole.EventName, IncludeSubNamespaces: true),
                new SdkElement(NetSdk, "TrackEventRequest", "Timestamp", null, ApiRole.UnixSeconds, IncludeSubNamespaces: true),
                new SdkElement(NetSdk, "TrackAnonymousEventRequest", "Name", null, ApiRole.EventName, IncludeSubNamespaces: true),
                new SdkElement(NetSdk, "TrackAnonymousEventRequest", "Timestamp", null, ApiRole.UnixSeconds, IncludeSubNamespaces: true),
                new SdkElement(NetSdk, "DeviceRequest", "LastUsed", null, ApiRole.UnixSeconds, IncludeSubNamespaces: true),
                new SdkElement(NetSdk, "CustomerIdentifier", "Id", null, ApiRole.CustomerId, IncludeSubNamespaces: true),
                new SdkElement(NetSdk, "CustomerIdentifier", "Email", null, ApiRole.Email, IncludeSubNamespaces: true),
                new SdkElement(NetSdk, "TransactionalIdentifiers", "Id", null, ApiRole.CustomerId, IncludeSubNamespaces: true),
                new SdkElement(NetSdk, "TransactionalIdentifiers", "Email", null, ApiRole.Email, IncludeSubNamespaces: true),

                // The recipients of a transactional email (SMS and push requests' To is a phone number or a device token).
                new SdkElement(NetSdk, "SendEmailRequest", "To", null, ApiRole.Email, IncludeSubNamespaces: true),
            })
            .Concat(new[] { "CustomerIOAppApiClient", "ICustomerIOAppApiClient" }.SelectMany(client => new[]
            {
                new SdkElement(NetSdk, client, "SendEmailAsync", "request", ApiRole.TransactionalEmailRequest, IncludeSubNamespaces: true),
                new SdkElement(NetSdk, client, "SendSmsAsync", "request", ApiRole.TransactionalRequest, IncludeSubNamespaces: true),
                new SdkElement(NetSdk, client, "SendPushAsync", "request", ApiRole.TransactionalRequest, IncludeSubNamespaces: true),
                new SdkElement(NetSdk, client, "SendInboxMessageAsync", "request", ApiRole.TransactionalRequest, IncludeSubNamespaces: true),
            }))
            .Concat(new[] { "SendEmailRequest", "SendSmsRequest", "SendPushRequest", "SendInboxMessageRequest" }
                .Select(request => new SdkElement(NetSdk, request, "SendAt", null, ApiRole.UnixSeconds, IncludeSubNamespaces: true)))

            // Segment (Analytics.NET and Analytics-CSharp) and RudderStack forwarding to Customer.io: user id and write
            // key (their timestamps are ISO).
            .Concat(Same(Segment, new[] { "Client", "IAnalyticsClient" }, SegmentStyleOptions, SegmentStyleClient))
            .Concat(Same(RudderStack, new[] { "RudderClient", "IRudderAnalyticsClient" }, SegmentStyleOptions, SegmentStyleClient))
            .Concat(new[]
            {
                new SdkElement(Segment, "Client", SdkElement.Constructor, "writeKey", ApiRole.WriteKey),
                new SdkElement(Segment, "Analytics", "Initialize", "writeKey", ApiRole.WriteKey),
                new SdkElement(SegmentCSharp, "Configuration", SdkElement.Constructor, "writeKey", ApiRole.WriteKey),
                new SdkElement(RudderStack, "RudderClient", SdkElement.Constructor, "writeKey", ApiRole.WriteKey),
                new SdkElement(RudderStack, "RudderAnalytics", "Initialize", "writeKey", ApiRole.WriteKey),
            }));

        /// <summary>The same members on several types of one library's namespace.</summary>
        private static IEnumerable<SdkElement> Same(string ns, string[] typeNames, params (string Member, string Parameter, ApiRole Role)[] members)
            => Same(ns, typeNames, null, members);

        /// <summary>As above, in the overloads without a parameter named <paramref name="unlessParameter"/>.</summary>
        private static IEnumerable<SdkElement> Same(string ns, string[] typeNames, string? unlessParameter, params (string Member, string Parameter, ApiRole Role)[] members)
            => typeNames.SelectMany(type => members.Select(m => new SdkElement(ns, type, m.Member, m.Parameter, m.Role, UnlessParameter: unlessParameter)));
    }
}
