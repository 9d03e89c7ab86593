namespace CioAnalyzers.Model
{
    /// <summary>Customer.io's size limits on the Track API, in UTF-8 bytes; a request over one is rejected with 400.</summary>
    internal static class CustomerIoLimits
    {
        /// <summary>A customer identifier (id, email or cio_ id).</summary>
        public const int IdentifierBytes = 150;

        /// <summary>"attribute name cannot be longer than 150 bytes".</summary>
        public const int AttributeNameBytes = 150;

        /// <summary>"value for attribute 'X' cannot be longer than 1000 bytes".</summary>
        public const int AttributeValueBytes = 1000;

        /// <summary>"event name cannot be longer than 100 bytes".</summary>
        public const int EventNameBytes = 100;

        /// <summary>"cannot identify more than 300 attributes in one request".</summary>
        public const int AttributesPerRequest = 300;
    }
}
