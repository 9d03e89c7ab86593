namespace CioProbe.Checks
{
    /// <summary>
    /// The CioAnalyzers rules that catch in code, at compile time, a mistake the probe finds at run time.
    /// Advice names them so that the next such mistake is caught before it ships.
    /// </summary>
    internal static class AnalyzerRules
    {
        /// <summary>CIO2001: a credential read from a setting that may be missing, without a guard.</summary>
        public const string MissingSetting = "CIO2001";

        /// <summary>CIO2003: a setting named for one kind of key passed where the other kind belongs.</summary>
        public const string KeysSwapped = "CIO2003";

        /// <summary>CIO2004: US and EU Customer.io hosts in one type.</summary>
        public const string RegionsMixed = "CIO2004";

        // The probe sees only the values, not the code that reads them: each sentence says which code the rule catches.
        public static string UnguardedRead(string variable) =>
            $"An app that reads {variable} without a guard starts anyway and gets 401 on every call; {MissingSetting} catches that at compile time.";

        public static string AppKeyAsTrackKey =>
            $"In code, {KeysSwapped} catches an App API key setting passed as the Track key at compile time.";

        public static string TrackKeyAsAppKey =>
            $"In code, {KeysSwapped} catches a Track credential setting passed as the App API key at compile time.";

        public static string HostsOfBothRegions =>
            $"In code, {RegionsMixed} catches US and EU hosts mixed at compile time.";
    }
}
