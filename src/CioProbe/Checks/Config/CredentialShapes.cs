using CioProbe.Configuration;
using CioProbe.Secrets;

namespace CioProbe.Checks.Config
{
    /// <summary>Credentials whose length or alphabet does not fit their slot: usually a value pasted into the wrong variable.</summary>
    internal static class CredentialShapes
    {
        public static void Check(string? siteId, string? trackKey, string? appKey, SettingNames names, ConfigFindings findings)
        {
            if (siteId is not null && !CredentialText.IsTrackShaped(siteId))
            {
                findings.Warn(
                    $"{names.SiteId} is {Shape(siteId)}, not 20 letters or digits",
                    "Copy the site id again from Settings > Workspace Settings > API Credentials; it may be truncated or hold extra characters.");
            }

            if (trackKey is not null && CredentialText.IsAppShaped(trackKey))
            {
                findings.Warn(
                    $"{names.TrackApiKey} looks like an App API key ({Shape(trackKey)})",
                    $"The Track API needs the Track API key paired with the site id; an App API key belongs in {names.AppApiKey}. {AnalyzerRules.AppKeyAsTrackKey}");
            }
            else if (trackKey is not null && !CredentialText.IsTrackShaped(trackKey))
            {
                findings.Warn(
                    $"{names.TrackApiKey} is {Shape(trackKey)}, not 20 letters or digits",
                    "Copy the Track API key again from Settings > Workspace Settings > API Credentials; it may be truncated or hold extra characters.");
            }

            if (appKey is not null && CredentialText.IsTrackShaped(appKey))
            {
                findings.Warn(
                    $"{names.AppApiKey} looks like a Track API key or site id (20 letters or digits)",
                    $"Create or copy an App API key under Settings > Account Settings > API Credentials > App API Keys; Track keys get 401 on the App API. {AnalyzerRules.TrackKeyAsAppKey}");
            }
        }

        private static string Shape(string value) => $"{value.Length} characters";
    }
}
