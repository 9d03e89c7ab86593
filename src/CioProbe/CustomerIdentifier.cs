namespace CioProbe;

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

    /// <summary>Percent-encodes one path segment (a space becomes %20, a slash %2F).</summary>
    public static string Escape(string value) => Uri.EscapeDataString(value);
}
