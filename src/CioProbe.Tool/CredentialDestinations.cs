using CioProbe.Configuration;

namespace CioProbe.Tool
{
    /// <summary>The tool's use of <see cref="CredentialDestination"/>: a refused destination is a usage error, and --allow-host lifts the rule.</summary>
    internal static class CredentialDestinations
    {
        /// <exception cref="UsageException">A URL from a less trusted source than a credential sent to it names a host that is not Customer.io's.</exception>
        public static void Check(CustomerIoProbeOptions options, SettingOrigins origins, IReadOnlyCollection<string> allowedHosts)
        {
            if (CredentialDestination.Problem(options, origins.Of, allowedHosts) is { } problem)
            {
                throw new UsageException($"{problem}. Set the URL where the credentials are set, or pass --allow-host with that host name if it is yours.");
            }
        }
    }
}
