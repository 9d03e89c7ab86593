namespace CioProbe
{
    /// <summary>The stable ids of the checks, in report order.</summary>
    public static class CheckIds
    {
        /// <summary>Required values present and shaped like Customer.io credentials.</summary>
        public const string Config = "config";
        /// <summary>Site id and Track API key accepted by the Track API.</summary>
        public const string TrackCredentials = "track-credentials";
        /// <summary>The workspace's actual region matches the configured one.</summary>
        public const string Region = "region";
        /// <summary>App API key accepted; transactional messages listed.</summary>
        public const string AppCredentials = "app-credentials";
        /// <summary>A given customer exists.</summary>
        public const string Customer = "customer";
        /// <summary>Identify and event writes for a test customer.</summary>
        public const string TestEvent = "test-event";

        /// <summary>All ids in report order.</summary>
        public static IReadOnlyList<string> All { get; } =
            [Config, TrackCredentials, Region, AppCredentials, Customer, TestEvent];
    }
}
