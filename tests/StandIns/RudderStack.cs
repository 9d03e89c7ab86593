// Stand-in for the RudderStack .NET package: public signatures only, in the real namespace.
#nullable disable
using System.Collections.Generic;

namespace RudderStack
{
    public class RudderClient
    {
        public RudderClient(string writeKey) => throw null;

        public void Identify(string userId, IDictionary<string, object> traits) => throw null;

        public void Track(string userId, string eventName, IDictionary<string, object> properties) => throw null;
    }

    public static class RudderAnalytics
    {
        public static RudderClient Client => throw null;

        public static void Initialize(string writeKey) => throw null;
    }
}
