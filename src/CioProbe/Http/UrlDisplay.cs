namespace CioProbe.Http
{
    /// <summary>How a configured URL appears in output.</summary>
    internal static class UrlDisplay
    {
        /// <summary>Scheme, host, port and path; never user info or a query.</summary>
        public static string? Of(Uri? uri) => uri?.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/');
    }
}
