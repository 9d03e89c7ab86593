using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// Compares a request's method and path with <see cref="KnownHttpRoutes"/>: a documented path with a method it does
    /// not take, or a path one step from a documented one. A path that is neither says nothing: the table does not hold
    /// every route. A segment holding <c>hole</c> is a run-time value: it fills a template's <c>{name}</c> only.
    /// </summary>
    internal static class RouteCheck
    {
        /// <summary>
        /// The mistake in <paramref name="method"/> (upper case; null when not known) and <paramref name="path"/> (its
        /// segments) sent to <paramref name="api"/>; <paramref name="relative"/> for a path sent relative to a BaseAddress,
        /// which may hold any part of the version prefix. A request that <paramref name="sendsBody"/> is compared with the
        /// methods that take one only, when the path takes any.
        /// </summary>
        public static RouteFinding? Find(HttpApiKind api, string? method, IReadOnlyList<string> path, bool relative, bool sendsBody, char hole)
        {
            var routes = KnownHttpRoutes.Of(api);
            if (routes.IsEmpty || path.Count == 0 || path[0].IndexOf(hole) >= 0)
            {
                return null;
            }

            var known = routes.Where(r => Matches(r, path, relative)).ToList();
            if (known.Count > 0)
            {
                if (method is null || known.Any(r => r.Method == method))
                {
                    return null;
                }

                var methods = known.Select(r => r.Method).Distinct().ToList();
                if (sendsBody && methods.Any(KnownHttpRoutes.TakesBody))
                {
                    methods = methods.Where(KnownHttpRoutes.TakesBody).ToList();
                    known = known.Where(r => methods.Contains(r.Method)).ToList();
                }

                return new RouteFinding(RouteMistake.WrongMethod, known, null, methods.Count == 1 ? methods[0] : null);
            }

            // A BaseAddress may hold any prefix: a relative path is judged by its own segments only.
            var prefixLength = relative ? 0 : PrefixLengthOf(path);
            var near = relative ? new List<(HttpRoute Route, RouteEdit Edit)>() : PrefixEdits(routes, path, prefixLength);
            if (near.Count == 0)
            {
                near = PluralEdits(routes, path, relative, hole);
            }

            if (near.Count > 0)
            {
                if (method is not null && near.Any(n => n.Route.Method == method))
                {
                    near = near.Where(n => n.Route.Method == method).ToList();
                }

                var edit = near.All(n => n.Edit.SameAs(near[0].Edit)) && near[0].Edit.Old.All(s => s.IndexOf(hole) < 0) ? near[0].Edit : null;
                return new RouteFinding(RouteMistake.NearPath, near.Select(n => n.Route), edit, null);
            }

            var other = relative ? new List<HttpRoute>() : OtherApiRoutes(api, path, prefixLength);
            return other.Count > 0 ? new RouteFinding(RouteMistake.OtherApi, other, null, null) : null;
        }

        private static bool Matches(HttpRoute route, IReadOnlyList<string> path, bool relative)
        {
            // Relative: the BaseAddress holds the first k segments of the route, at most its version prefix.
            var skipped = route.Segments.Length - path.Count;
            if (skipped < 0 || skipped > (relative ? route.PrefixLength : 0))
            {
                return false;
            }

            return Matches(route.Segments, skipped, path, 0, path.Count);
        }

        private static bool Matches(IReadOnlyList<string> template, int templateStart, IReadOnlyList<string> path, int pathStart, int count)
        {
            for (var i = 0; i < count; i++)
            {
                var expected = template[templateStart + i];
                var actual = path[pathStart + i];
                if (HttpRoute.IsPlaceholder(expected) ? actual.Length == 0 : actual != expected)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The length of the version prefix the path starts with (<c>api/v1</c>, <c>v1</c>, <c>api</c>...); 0 for none.</summary>
        private static int PrefixLengthOf(IReadOnlyList<string> path)
        {
            foreach (var prefix in KnownHttpRoutes.PrefixForms)
            {
                if (path.Count > prefix.Length && Matches(prefix, 0, path, 0, prefix.Length))
                {
                    return prefix.Length;
                }
            }

            return 0;
        }

        /// <summary>The routes whose path after the version prefix is this path's, under another prefix.</summary>
        private static List<(HttpRoute Route, RouteEdit Edit)> PrefixEdits(ImmutableArray<HttpRoute> routes, IReadOnlyList<string> path, int prefixLength)
        {
            var found = new List<(HttpRoute, RouteEdit)>();
            var restLength = path.Count - prefixLength;
            foreach (var route in routes)
            {
                if (route.Segments.Length - route.PrefixLength != restLength
                    || !Matches(route.Segments, route.PrefixLength, path, prefixLength, restLength))
                {
                    continue;
                }

                var newPrefix = route.Segments.Take(route.PrefixLength);
                var oldPrefix = path.Take(prefixLength);

                // An edit replaces at least one segment, so that it can be found in the text: the first after the prefix
                // joins a prefix added or removed.
                var edit = prefixLength > 0 && route.PrefixLength > 0
                    ? new RouteEdit(0, oldPrefix.ToImmutableArray(), newPrefix.ToImmutableArray())
                    : new RouteEdit(0, oldPrefix.Append(path[prefixLength]).ToImmutableArray(), newPrefix.Append(path[prefixLength]).ToImmutableArray());
                found.Add((route, edit));
            }

            return found;
        }

        /// <summary>The routes one singular or plural segment away: <c>customer</c> for <c>customers</c>, <c>events</c> for <c>event</c>.</summary>
        private static List<(HttpRoute Route, RouteEdit Edit)> PluralEdits(ImmutableArray<HttpRoute> routes, IReadOnlyList<string> path, bool relative, char hole)
        {
            var found = new List<(HttpRoute, RouteEdit)>();
            var changed = path.ToList();
            for (var i = 0; i < path.Count; i++)
            {
                var segment = path[i];
                if (segment.Length < 2 || segment.IndexOf(hole) >= 0)
                {
                    continue;
                }

                changed[i] = segment[segment.Length - 1] == 's' ? segment.Substring(0, segment.Length - 1) : segment + "s";
                foreach (var route in routes)
                {
                    if (Matches(route, changed, relative))
                    {
                        found.Add((route, new RouteEdit(i, ImmutableArray.Create(segment), ImmutableArray.Create(changed[i]))));
                    }
                }

                changed[i] = segment;
            }

            return found;
        }

        /// <summary>
        /// Routes of the other API: its exact path; and, on the host of the API whose table is complete, a path whose part
        /// after the version prefix is one of the other API's.
        /// </summary>
        private static List<HttpRoute> OtherApiRoutes(HttpApiKind api, IReadOnlyList<string> path, int prefixLength)
        {
            var otherApi = api == HttpApiKind.Track ? HttpApiKind.App : HttpApiKind.Track;
            var restLength = path.Count - prefixLength;
            return KnownHttpRoutes.Of(otherApi)
                .Where(r => Matches(r, path, relative: false)
                    || (api == KnownHttpRoutes.CompleteApi && r.Segments.Length - r.PrefixLength == restLength
                        && Matches(r.Segments, r.PrefixLength, path, prefixLength, restLength)))
                .ToList();
        }
    }
}
