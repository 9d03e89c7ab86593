using CioProbe.Configuration;
using CioProbe.Secrets;

namespace CioProbe.Checks.Config
{
    /// <summary>Reads the three credentials: present when required, cleaned of copy-paste damage, which is reported.</summary>
    internal static class CredentialValues
    {
        public static string? Required(string? raw, string variable, SettingNames names, string option, string what, ConfigFindings findings)
        {
            if (string.IsNullOrWhiteSpace(raw) || CredentialText.Clean(raw).Length == 0)
            {
                // Only a missing setting is CIO2001's: an empty one passes its ?? throw guard. Code sets no setting an app reads.
                var rule = raw is null && names.Source != SettingSource.Code ? " " + AnalyzerRules.UnguardedRead(variable) : string.Empty;
                findings.Block(
                    $"{variable} is {(raw is null ? "not set" : "empty")}",
                    $"Set {variable}{names.OrOption(option, "pass ")} to the workspace's {what} from Settings > Workspace Settings > API Credentials.{rule}");
                return null;
            }

            return CleanAndReport(raw, variable, findings);
        }

        public static string? Optional(string? raw, string variable, ConfigFindings findings) =>
            string.IsNullOrWhiteSpace(raw) ? null : CleanAndReport(raw, variable, findings);

        private static string CleanAndReport(string raw, string variable, ConfigFindings findings)
        {
            var damage = CredentialText.DescribeDamage(raw);
            if (damage is not null)
            {
                findings.Warn(
                    $"{variable} has {damage}",
                    $"Remove it where {variable} is set (a secret file written with echo ends in a newline): Customer.io treats it as part of the value and answers 401. The probe trimmed it for the live checks.");
            }

            var cleaned = CredentialText.Clean(raw);
            if (cleaned.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                findings.Warn(
                    $"{variable} has whitespace or control characters inside the value",
                    $"Customer.io credentials are one unbroken word: copy {variable} again, in one piece.");
            }

            // Header values are ASCII, and so is every Customer.io credential: such a value cannot be sent, let alone accepted.
            if (cleaned.Any(c => c > '~' && !char.IsWhiteSpace(c)))
            {
                findings.Fail(
                    $"{variable} holds non-ASCII characters",
                    $"Customer.io credentials are ASCII letters and digits: copy {variable} again from the workspace settings, not from a document or chat that may have changed quotes or dashes.");
            }

            return cleaned;
        }
    }
}
