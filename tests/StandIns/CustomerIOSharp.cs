// Stand-in for the CustomerIOSharp package: public signatures only, in the real namespace.
#nullable disable
using System;
using System.Threading.Tasks;

namespace CustomerIOSharp
{
    public interface ICustomerDetails
    {
        string Id { get; }

        string Email { get; }
    }

    public interface ICustomerFactory
    {
        string GetCustomerId();

        ICustomerDetails GetCustomerDetails();
    }

    public class CustomerIo
    {
        public CustomerIo(string siteId, string apiKey, ICustomerFactory customerFactory = null) => throw null;

        public Task IdentifyAsync(ICustomerDetails customer = null) => throw null;

        public Task DeleteCustomerAsync(string customerId = null) => throw null;

        public Task TrackEventAsync(string eventName, object data = null, DateTime? timestamp = null, string customerId = null) => throw null;

        public Task TrackNonCustomerEventAsync(string eventName, object data = null, DateTime? timestamp = null) => throw null;
    }

    public class TrackApi
    {
        public TrackApi(string siteId, string apiKey, ICustomerFactory customerFactory = null) => throw null;

        public Task IdentifyAsync(ICustomerDetails customer = null) => throw null;

        public Task DeleteCustomerAsync(string customerId = null) => throw null;

        public Task TrackEventAsync(string eventName, object data = null, DateTime? timestamp = null, string customerId = null) => throw null;

        public Task TrackNonCustomerEventAsync(string eventName, object data = null, DateTime? timestamp = null) => throw null;
    }

    public class AppApi
    {
        public AppApi(string appApiKey) => throw null;

        public Task TriggerBroadcastAsync(int campaignId, object data = null, object recipientFilter = null) => throw null;
    }
}
