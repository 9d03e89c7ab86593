using CioProbe.Configuration;

namespace CioProbe.Checks.Config
{
    /// <summary>The same value in two credential slots: one of them is certainly wrong.</summary>
    internal static class CredentialDuplicates
    {
        public static void Check(string? siteId, string? trackKey, string? appKey, SettingNames names, ConfigFindings findings)
        {
            var slots = new (string Variable, string? Value)[]
            {
                (names.SiteId, siteId),
                (names.TrackApiKey, trackKey),
                (names.AppApiKey, appKey),
            };

            for (var i = 0; i < slots.Length; i++)
            {
                for (var j = i + 1; j < slots.Length; j++)
                {
                    if (slots[i].Value is { } a && slots[j].Value is { } b && a == b)
                    {
                        findings.Fail(
                            $"{slots[i].Variable} and {slots[j].Variable} hold the same value",
                            "Each slot needs its own credential: the site id, the Track API key and the App API key are three different values.");
                    }
                }
            }
        }
    }
}
