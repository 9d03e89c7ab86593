using CioProbe.Configuration;
using CioProbe.Secrets;

namespace CioProbe.Checks.Config
{
    /// <summary>Reads <c>CUSTOMERIO_REGION</c>: <c>us</c> or <c>eu</c> in any case, <c>us</c> when unset.</summary>
    internal static class RegionSetting
    {
        /// <summary>True when <paramref name="raw"/> names a region itself, rather than leaving the default or holding an invalid value.</summary>
        public static bool IsGiven(string? raw) => Normalise(raw) is CustomerIoRegion.Us or CustomerIoRegion.Eu;

        public static string Resolve(string? raw, SettingNames names, ConfigFindings findings)
        {
            var region = Normalise(raw);
            if (string.IsNullOrEmpty(region))
            {
                return CustomerIoRegion.Us;
            }

            if (region is CustomerIoRegion.Us or CustomerIoRegion.Eu)
            {
                return region;
            }

            // Shown as a mask, like a credential: a key pasted into the wrong variable must not be echoed through it.
            var value = raw!.Trim();
            var credential = CredentialText.IsTrackShaped(value) || CredentialText.IsAppShaped(value)
                ? "; it looks like a credential, which belongs in its own variable"
                : string.Empty;
            findings.Block(
                $"{names.Region} is {SecretMask.Mask(value)}, expected us or eu{credential}",
                $"Set {names.Region}{names.OrOption("--region")} to us or eu: the data centre shown in the workspace settings.");
            return CustomerIoRegion.Us;
        }

        private static string? Normalise(string? raw) => raw?.Trim().Trim('"', '\'').ToLowerInvariant();
    }
}
