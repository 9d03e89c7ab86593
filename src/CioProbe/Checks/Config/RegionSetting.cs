namespace CioProbe.Checks.Config;

/// <summary>Reads <c>CUSTOMERIO_REGION</c>: <c>us</c> or <c>eu</c> in any case, <c>us</c> when unset.</summary>
internal static class RegionSetting
{
    public static string Resolve(string? raw, ConfigFindings findings)
    {
        var region = raw?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(region))
        {
            return CustomerIoRegion.Us;
        }

        if (region is CustomerIoRegion.Us or CustomerIoRegion.Eu)
        {
            return region;
        }

        findings.Block(
            $"{ProbeEnvironmentVariables.Region} is '{Printable(region)}', expected us or eu",
            $"Set {ProbeEnvironmentVariables.Region} (or --region) to us or eu: the data centre shown in the workspace settings.");
        return CustomerIoRegion.Us;
    }

    private static string Printable(string value) =>
        value.Length > 20 ? value[..20] + "..." : value;
}
