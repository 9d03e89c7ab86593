namespace CioAnalyzers.Model
{
    /// <summary>Where path segments are written in URL text: whole segments only, so <c>customer</c> is never found in <c>track.customer.io</c>.</summary>
    internal static class RouteText
    {
        /// <summary>
        /// The index of the one place <paramref name="text"/> holds <paramref name="segments"/> as whole segments (after a
        /// '/' or at the start, before a '/', '?', '#' or the end); -1 when it holds them nowhere or more than once.
        /// </summary>
        public static int IndexOfSegments(string text, string segments)
        {
            var found = -1;
            for (var index = text.IndexOf(segments, System.StringComparison.Ordinal); index >= 0; index = text.IndexOf(segments, index + 1, System.StringComparison.Ordinal))
            {
                var end = index + segments.Length;
                var startsSegment = index == 0 || text[index - 1] == '/';
                var endsSegment = end == text.Length || text[end] is '/' or '?' or '#';
                if (startsSegment && endsSegment)
                {
                    if (found >= 0)
                    {
                        return -1;
                    }

                    found = index;
                }
            }

            return found;
        }
    }
}
