namespace CioProbe.Http
{
    /// <summary>A value placed in a request path as one segment, so the request reaches exactly the endpoint the probe names.</summary>
    internal static class PathSegment
    {
        /// <summary>Why <paramref name="value"/> cannot be one path segment, or null when it can.</summary>
        public static string? Problem(string value) => value switch
        {
            "" => "it is empty",
            // Percent-encoding leaves dots alone, and URI parsers and servers resolve these segments: /customers/.. would be /.
            "." or ".." => "'.' and '..' are path navigation, not identifiers: the request would reach another endpoint",
            _ => null,
        };

        /// <summary>The value percent-encoded as one segment (a space becomes %20, a slash %2F).</summary>
        /// <exception cref="ArgumentException">When <see cref="Problem"/> finds one.</exception>
        public static string Escape(string value) =>
            Problem(value) is { } problem ? throw new ArgumentException($"Not a path segment: {problem}.", nameof(value)) : Uri.EscapeDataString(value);
    }
}
