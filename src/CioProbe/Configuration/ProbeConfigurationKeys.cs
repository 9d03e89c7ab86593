namespace CioProbe.Configuration
{
    /// <summary>Keys the probe reads from a configuration section (by default <c>CustomerIO</c>, as in <c>appsettings.json</c>).</summary>
    public static class ProbeConfigurationKeys
    {
        /// <summary>The section apps usually keep these settings in.</summary>
        public const string DefaultSection = "CustomerIO";
        /// <summary>Workspace site id.</summary>
        public const string SiteId = "SiteId";
        /// <summary>Track API key.</summary>
        public const string TrackApiKey = "TrackApiKey";
        /// <summary>Track API key under the name the Customer.io client libraries give it; the same setting as <see cref="TrackApiKey"/>.</summary>
        public const string ApiKey = "ApiKey";
        /// <summary>App API key (optional).</summary>
        public const string AppApiKey = "AppApiKey";
        /// <summary><c>us</c> or <c>eu</c>.</summary>
        public const string Region = "Region";
        /// <summary>Track API base URL override.</summary>
        public const string TrackUrl = "TrackUrl";
        /// <summary>App API base URL override.</summary>
        public const string AppUrl = "AppUrl";
    }
}
