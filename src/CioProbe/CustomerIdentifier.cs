namespace CioProbe
{
    /// <summary>How the App API should read a customer identifier, chosen from its shape as Customer.io does.</summary>
    internal static class CustomerIdentifier
    {
        private const string CioPrefix = "cio_";

        /// <summary>The <c>id_type</c> and the value to put in the path.</summary>
        public static (string IdType, string PathValue) Classify(string identifier)
        {
            if (identifier.Contains('@', StringComparison.Ordinal))
            {
                return ("email", identifier);
            }

            if (identifier.StartsWith(CioPrefix, StringComparison.Ordinal) && identifier.Length > CioPrefix.Length)
            {
                return ("cio_id", identifier[CioPrefix.Length..]);
            }

            return ("id", identifier);
        }

        /// <summary>Why <paramref name="identifier"/> cannot be looked up or written to, or null when it can.</summary>
        public static string? PathProblem(string identifier) =>
            Http.PathSegment.Problem(identifier) ?? Http.PathSegment.Problem(Classify(identifier).PathValue);
    }
}
