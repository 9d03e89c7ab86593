namespace CioProbe.Checks
{
    /// <summary>Configuration after the <c>config</c> check: cleaned credentials and absolute base URLs.</summary>
    internal sealed record ResolvedConfiguration(
        string SiteId,
        string TrackApiKey,
        string? AppApiKey,
        string Region,
        Uri TrackBase,
        Uri AppBase)
    {
        public Uri TrackUri(string pathAndQuery) => Combine(TrackBase, pathAndQuery);

        public Uri AppUri(string pathAndQuery) => Combine(AppBase, pathAndQuery);

        // Keeps a path prefix of the base (a proxy mounted under /customerio/) instead of replacing it.
        private static Uri Combine(Uri baseUri, string pathAndQuery)
        {
            var prefix = baseUri.GetLeftPart(UriPartial.Path).TrimEnd('/');
            var uri = new Uri(prefix + pathAndQuery);

            // Uri resolves dot segments; a path that came out different would reach an endpoint the probe does not name.
            var expected = new Uri(prefix).AbsolutePath.TrimEnd('/') + pathAndQuery.Split('?')[0];
            return uri.AbsolutePath == expected
                ? uri
                : throw new ArgumentException("The path would not stay as built (a '.' or '..' segment).", nameof(pathAndQuery));
        }
    }
}
