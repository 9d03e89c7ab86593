using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// The paths of the endpoints in <see cref="HttpEndpoint"/>, as data: read after the version prefix
    /// (<c>api/v1</c> on Track, <c>v1</c> on App), which a path relative to a BaseAddress may already have left out.
    /// </summary>
    internal static class KnownHttpEndpoints
    {
        /// <summary>Stands for the one segment that names a person.</summary>
        private const string Identifier = "{identifier}";

        /// <summary>Stands for the one segment that holds another id (a campaign's).</summary>
        private const string OtherId = "{id}";

        private static readonly (HttpApiKind Api, ImmutableArray<string> Segments, HttpEndpoint Endpoint)[] Paths =
        {
            (HttpApiKind.Track, ImmutableArray.Create("customers", Identifier), HttpEndpoint.Identify),
            (HttpApiKind.Track, ImmutableArray.Create("customers", Identifier, "events"), HttpEndpoint.Event),
            (HttpApiKind.Track, ImmutableArray.Create("events"), HttpEndpoint.Event),
            // v2 has no version prefix of its own here: written whole, or "entity" under a BaseAddress that ends in /api/v2/.
            (HttpApiKind.Track, ImmutableArray.Create("api", "v2", "entity"), HttpEndpoint.TrackEntity),
            (HttpApiKind.Track, ImmutableArray.Create("entity"), HttpEndpoint.TrackEntity),
            (HttpApiKind.App, ImmutableArray.Create("send", "email"), HttpEndpoint.TransactionalEmail),
            (HttpApiKind.App, ImmutableArray.Create("send", "push"), HttpEndpoint.TransactionalOther),
            (HttpApiKind.App, ImmutableArray.Create("send", "sms"), HttpEndpoint.TransactionalOther),
            (HttpApiKind.App, ImmutableArray.Create("send", "inbox_message"), HttpEndpoint.TransactionalOther),
            (HttpApiKind.App, ImmutableArray.Create("send", "in_app"), HttpEndpoint.TransactionalOther),
            (HttpApiKind.App, ImmutableArray.Create("campaigns", OtherId, "triggers"), HttpEndpoint.BroadcastTrigger),
        };

        /// <summary>The version prefixes a path may start with.</summary>
        private static readonly ImmutableArray<ImmutableArray<string>> VersionPrefixes = ImmutableArray.Create(
            ImmutableArray.Create("api", "v1"),
            ImmutableArray.Create("v1"));

        /// <summary>True for the transactional send endpoints.</summary>
        public static bool IsTransactional(this HttpEndpoint endpoint)
            => endpoint is HttpEndpoint.TransactionalEmail or HttpEndpoint.TransactionalOther;

        /// <summary>
        /// The endpoint of a path's segments (a leading and a trailing empty segment are ignored); Other when the path
        /// is none of the known ones.
        /// </summary>
        public static HttpEndpoint Of(HttpApiKind api, IReadOnlyList<string> segments)
        {
            var start = segments.Count > 0 && segments[0].Length == 0 ? 1 : 0;
            var end = segments.Count > start && segments[segments.Count - 1].Length == 0 ? segments.Count - 1 : segments.Count;
            foreach (var prefix in VersionPrefixes)
            {
                if (StartsWith(segments, start, end, prefix))
                {
                    start += prefix.Length;
                    break;
                }
            }

            foreach (var (pathApi, path, endpoint) in Paths)
            {
                if (pathApi == api && end - start == path.Length && Matches(segments, start, path))
                {
                    return endpoint;
                }
            }

            return HttpEndpoint.Other;
        }

        private static bool StartsWith(IReadOnlyList<string> segments, int start, int end, ImmutableArray<string> prefix)
        {
            if (end - start <= prefix.Length)
            {
                return false;
            }

            return Matches(segments, start, prefix);
        }

        private static bool Matches(IReadOnlyList<string> segments, int start, ImmutableArray<string> path)
        {
            for (var i = 0; i < path.Length; i++)
            {
                var segment = segments[start + i];
                if (path[i] is Identifier or OtherId ? segment.Length == 0 : !string.Equals(segment, path[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
