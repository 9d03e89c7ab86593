// Stand-in for CustomerIOSharp 1.x (the "CustomerIo" class shape), as shipped on NuGet as CustomerIOSharp 1.0.0.26.
// Repository : https://github.com/digitalcreations/CustomerIOSharp
// Commit     : c3c72138aaf42b76ad0a693ac8403e22d7ddd5a4 (2017-10-12 10:24:33 +0200, "Target both netstandard1.1 and 2.0")
// Version    : NuGet CustomerIOSharp 1.0.0.26. The nuget.org profile of the package owner gives 1.0.0.26 as
//              "last updated 10/12/2017"; c3c7213 is the last commit of that day and comes before the next source
//              change (43727df, 2018-03-14, adds TriggerBroadcastAsync). Its public surface is identical to 81b1f6d's
//              (same day, csproj-only difference). The csproj has no <Version>: the build number 1.0.0.26 was set
//              outside the repo (TeamCity). This could not be checked against the package itself: the NuGet source
//              reachable from here answered NotFound for CustomerIOSharp.
// Assembly   : CustomerIOSharp (CustomerIOSharp/CustomerIOSharp.csproj, no AssemblyName override)
// Target     : netstandard1.1;netstandard2.0 (the package depends on Newtonsoft.Json 10.0.3)
// Nullable   : the library predates nullable reference types -> "#nullable disable" (oblivious) below.
// Public surface only; bodies are `=> throw null;`.
// Not public, so not mirrored: TrackedEvent (internal class; properties Name/Data/Timestamp), DateTimeExtensions (internal).
// Left out because their signatures use a third-party package (Newtonsoft.Json):
//   - UnixTimestampConverter's base class Newtonsoft.Json.Converters.DateTimeConverterBase, and its two overrides
//       public override void WriteJson(JsonWriter writer, object value, JsonSerializer serializer)
//       public override object ReadJson(JsonReader reader, Type objectType, object existingValue, JsonSerializer serializer)
//     Only the class name and its implicit public parameterless constructor remain.
#nullable disable

namespace CustomerIOSharp
{
    using System;
    using System.Net;
    using System.Threading.Tasks;

    // CustomerIOSharp/CustomerIO.cs
    public class CustomerIo
    {
        public CustomerIo(string siteId, string apiKey, ICustomerFactory customerFactory = null) => throw null;

        public Task IdentifyAsync(ICustomerDetails customer = null) => throw null;

        public Task DeleteCustomerAsync(string customerId = null) => throw null;

        public Task TrackEventAsync(string eventName, object data = null, DateTime? timestamp = null,
            string customerId = null) => throw null;

        public Task TrackNonCustomerEventAsync(string eventName, object data = null, DateTime? timestamp = null) => throw null;
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
