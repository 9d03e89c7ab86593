// Stand-in for CustomerIOSharp, newest commit (TrackApi / AppApi split), published on NuGet as CustomerIOSharp 0.5.2.
// Repository : https://github.com/digitalcreations/CustomerIOSharp
// Commit     : 1e39b393a0cace7348c769ed8093ff37545f0415 (2022-08-25 10:03:56 +0200, "Also push to Nuget.org.";
//              tag release/v0.5.2)
// Version    : 0.5.2. .github/workflows/release.yml packs with /p:Version taken from the tag release/vX.Y.Z.
//              The public surface is the same as at release/v0.5.1 (e774f11): only the workflow file changed.
//              NuGet orders 0.5.2 BELOW 1.0.0.26, so "latest" on NuGet is still the older 1.x CustomerIo shape.
// Assembly   : CustomerIOSharp (CustomerIOSharp/CustomerIOSharp.csproj, no AssemblyName override)
// Target     : net6 (TargetFrameworks "net6"; depends on Newtonsoft.Json 13.0.2-beta1)
// Nullable   : no nullable context in the library -> "#nullable disable" (oblivious) below.
// Public surface only; bodies are `=> throw null;`.
// Not public, so not mirrored: TrackedEvent and TriggerBroadcast (internal classes), DateTimeExtensions and Utilities (internal static).
// Left out because their signatures use a third-party package (Newtonsoft.Json):
//   - UnixTimestampConverter's base class Newtonsoft.Json.Converters.DateTimeConverterBase and its two overrides
//       public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer)
//       public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)
// ICustomerDetails, ICustomerFactory, CustomerDetails, CustomerIoApiException and UnixTimestampConverter are source-identical
// to the 1.x stand-in (CustomerIOSharp.cs). The class CustomerIo no longer exists; TrackApi and AppApi replace it.
#nullable disable

namespace CustomerIOSharp
{
    using System;
    using System.Net;
    using System.Threading.Tasks;

    // CustomerIOSharp/TrackApi.cs
    public class TrackApi
    {
        public TrackApi(string siteId, string apiKey, ICustomerFactory customerFactory = null) => throw null;

        public Task IdentifyAsync(ICustomerDetails customer = null) => throw null;

        public Task DeleteCustomerAsync(string customerId = null) => throw null;

        public Task TrackEventAsync(string eventName, object data = null, DateTime? timestamp = null, string customerId = null) => throw null;

        public Task TrackNonCustomerEventAsync(string eventName, object data = null, DateTime? timestamp = null) => throw null;
    }

    // CustomerIOSharp/AppApi.cs
    public class AppApi
    {
        public AppApi(string appApiKey) => throw null;

        public Task TriggerBroadcastAsync(int campaignId, object data = null, object recipientFilter = null) => throw null;
    }

    // CustomerIOSharp/ICustomerDetails.cs
    public interface ICustomerDetails
    {
        string Id { get; }

        string Email { get; }
    }

    // CustomerIOSharp/ICustomerFactory.cs
    public interface ICustomerFactory
    {
        string GetCustomerId();

        ICustomerDetails GetCustomerDetails();
    }

    // CustomerIOSharp/CustomerDetails.cs
    public class CustomerDetails : ICustomerDetails
    {
        public CustomerDetails(string id, string email) => throw null;

        public string Id { get; }

        public string Email { get; }
    }

    // CustomerIOSharp/CustomerIoApiException.cs
    public class CustomerIoApiException : Exception
    {
        public CustomerIoApiException(HttpStatusCode code, string reason) => throw null;
    }

    // CustomerIOSharp/UnixTimestampConverter.cs
    // Real declaration: public class UnixTimestampConverter : Newtonsoft.Json.Converters.DateTimeConverterBase
    // (base class and WriteJson/ReadJson overrides left out, see header).
    public class UnixTimestampConverter
    {
    }
}
