// Stand-in for the Segment Analytics.NET package: public signatures only, in the real namespace.
#nullable disable
using System.Collections.Generic;

namespace Segment
{
    public interface IAnalyticsClient
    {
        void Identify(string userId, IDictionary<string, object> traits);

        void Track(string userId, string eventName, IDictionary<string, object> properties);
    }

    public class Client : IAnalyticsClient
    {
        public Client(string writeKey) => throw null;

        public void Identify(string userId, IDictionary<string, object> traits) => throw null;

        public void Track(string userId, string eventName, IDictionary<string, object> properties) => throw null;
    }

    public static class Analytics
    {
        public static Client Client => throw null;

        public static void Initialize(string writeKey) => throw null;
    }
}
