namespace CioProbe
{
    /// <summary>The Customer.io data centres and their API hosts.</summary>
    internal static class CustomerIoRegion
    {
        public const string Us = "us";
        public const string Eu = "eu";

        /// <summary>Each API's host label in the US data centre; the EU host adds "-eu" (track-eu.customer.io).</summary>
        private static readonly string[] ApiLabels = ["track", "api", "beta-api", "cdp"];

        private const string Domain = ".customer.io";

        /// <summary>
        /// Every Customer.io host, with its data centre: the one list the probe's hosts come from. Written without usings:
        /// the analyzer tests compile this file too (to compare the two host lists), without the probe's implicit usings.
        /// </summary>
        public static System.Collections.Generic.IReadOnlyList<(string Host, string Region)> Hosts { get; } =
            System.Linq.Enumerable.ToArray(System.Linq.Enumerable.SelectMany(ApiLabels, label => new[] { (HostName(label, Us), Us), (HostName(label, Eu), Eu) }));

        public static string TrackHost(string region) => "https://" + HostName("track", region);

        public static string AppHost(string region) => "https://" + HostName("api", region);

        public static string Other(string region) => region == Eu ? Us : Eu;

        /// <summary>The region a Customer.io host belongs to, or null for any other host (a proxy, a test server).</summary>
        public static string? OfHost(string? host)
        {
            foreach (var (name, region) in Hosts)
            {
                if (string.Equals(name, host, System.StringComparison.OrdinalIgnoreCase))
                {
                    return region;
                }
            }

            return null;
        }

        private static string HostName(string label, string region) => (region == Eu ? label + "-eu" : label) + Domain;
    }
}
