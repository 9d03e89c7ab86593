namespace CioAnalyzers.Rules
{
    /// <summary>Rule ids. Blocks: 0xxx configuration files, 1xxx payload data, 2xxx credentials and configuration, 3xxx HTTP transport.</summary>
    public static class DiagnosticIds
    {
        public const string InvalidApiFileEntry = "CIO0001";
        public const string UnixMilliseconds = "CIO1001";
        public const string EmptyCustomerIdentifier = "CIO1002";
        public const string MaybeMissingCredential = "CIO2001";
    }
}
