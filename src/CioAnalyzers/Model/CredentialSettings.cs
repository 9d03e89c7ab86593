namespace CioAnalyzers.Model
{
    /// <summary>The environment variable each credential is conventionally read from (the names Customer.io's own docs and SDK examples use).</summary>
    internal static class CredentialSettings
    {
        public static string? EnvironmentVariableFor(ApiRole role) => role switch
        {
            ApiRole.SiteId => "CUSTOMERIO_SITE_ID",
            ApiRole.TrackApiKey => "CUSTOMERIO_API_KEY",
            ApiRole.AppApiKey => "CUSTOMERIO_APP_API_KEY",
            ApiRole.WriteKey => "SEGMENT_WRITE_KEY",
            _ => null,
        };
    }
}
