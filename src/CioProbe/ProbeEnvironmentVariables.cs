namespace CioProbe
{
    /// <summary>Names of the environment variables the probe reads.</summary>
    public static class ProbeEnvironmentVariables
    {
        /// <summary>Workspace site id.</summary>
        public const string SiteId = "CUSTOMERIO_SITE_ID";
        /// <summary>Track API key.</summary>
        public const string TrackApiKey = "CUSTOMERIO_API_KEY";
        /// <summary>App API key (optional).</summary>
        public const string AppApiKey = "CUSTOMERIO_APP_API_KEY";
        /// <summary><c>us</c> or <c>eu</c>.</summary>
        public const string Region = "CUSTOMERIO_REGION";
        /// <summary>Track API base URL override.</summary>
        public const string TrackUrl = "CUSTOMERIO_TRACK_URL";
        /// <summary>App API base URL override.</summary>
        public const string AppUrl = "CUSTOMERIO_APP_URL";
    }
}
