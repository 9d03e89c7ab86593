using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace CioAnalyzers.Model
{
    internal enum RouteMistake
    {
        /// <summary>A documented path sent with a method it does not take.</summary>
        WrongMethod,

        /// <summary>One step from a documented path: singular for plural, a missing, extra or wrong version prefix.</summary>
        NearPath,

        /// <summary>A route of the other API, sent to this API's host.</summary>
        OtherApi,
    }

    /// <summary>A request that is no documented route, and the documented routes nearest to it.</summary>
    internal sealed class RouteFinding
    {
        public RouteFinding(RouteMistake mistake, IEnumerable<HttpRoute> nearest, RouteEdit? edit, string? method)
        {
            Mistake = mistake;
            Nearest = nearest.Distinct().ToImmutableArray();
            Edit = edit;
            Method = method;
        }

        public RouteMistake Mistake { get; }

        /// <summary>The documented routes one step away.</summary>
        public ImmutableArray<HttpRoute> Nearest { get; }

        /// <summary>For a path, the one edit that reaches the nearest route; null when there are several, or none to make.</summary>
        public RouteEdit? Edit { get; }

        /// <summary>For a method, the one method the path takes; null when it takes several.</summary>
        public string? Method { get; }

        /// <summary>How a message names what to send instead.</summary>
        public string Advice
        {
            get
            {
                var routes = string.Join(" or ", Nearest.Select(r => r.ToString()));
                return Mistake == RouteMistake.OtherApi
                    ? $"{routes} is a route of the {Nearest[0].Api} API, whose host is {KnownHttpRoutes.HostOf(Nearest[0].Api)}"
                    : $"the documented route is {routes}";
            }
        }
    }
}
