namespace CioProbe.Checks;

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
    private static Uri Combine(Uri baseUri, string pathAndQuery) =>
        new(baseUri.GetLeftPart(UriPartial.Path).TrimEnd('/') + pathAndQuery);
}
