using System.Collections.Immutable;
using System.Linq;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// Customer.io's documented routes, as data: every route of the Track API (v1 and v2), as its OpenAPI document at
    /// https://docs.customer.io/api/track/ lists them, and the App API's transactional sends and most used routes
    /// (https://docs.customer.io/api/app/). The App API has many more routes: a path this table does not know is no
    /// mistake by itself.
    /// </summary>
    internal static class KnownHttpRoutes
    {
        /// <summary>The version prefixes a path can start with, longest first: the routes' own and their look-alikes.</summary>
        public static readonly ImmutableArray<ImmutableArray<string>> PrefixForms = ImmutableArray.Create(
            ImmutableArray.Create("api", "v1"),
            ImmutableArray.Create("api", "v2"),
            ImmutableArray.Create("v1"),
            ImmutableArray.Create("v2"),
            ImmutableArray.Create("api"),
            ImmutableArray<string>.Empty);

        public static readonly ImmutableArray<HttpRoute> All = ImmutableArray.Create(
            Track("GET", "/api/v1/accounts/region"),
            Track("PUT", "/api/v1/customers/{identifier}"),
            Track("DELETE", "/api/v1/customers/{identifier}"),
            Track("PUT", "/api/v1/customers/{identifier}/devices"),
            Track("DELETE", "/api/v1/customers/{identifier}/devices/{device_id}"),
            Track("POST", "/api/v1/customers/{identifier}/suppress"),
            Track("POST", "/api/v1/customers/{identifier}/unsuppress"),
            Track("POST", "/api/v1/customers/{identifier}/events"),
            Track("POST", "/api/v1/events"),
            Track("POST", "/api/v1/forms/{form_id}/submit"),
            Track("POST", "/api/v1/merge_customers"),
            Track("POST", "/api/v1/metrics"),
            Track("POST", "/api/v1/push/events"),
            Track("POST", "/api/v1/segments/{segment_id}/add_customers"),
            Track("POST", "/api/v1/segments/{segment_id}/remove_customers"),
            new HttpRoute(HttpApiKind.Track, "POST", "/unsubscribe/{delivery_id}", 0),
            new HttpRoute(HttpApiKind.Track, "POST", "/api/v2/entity", 2),
            new HttpRoute(HttpApiKind.Track, "POST", "/api/v2/batch", 2),
            App("POST", "/v1/send/email"),
            App("POST", "/v1/send/push"),
            App("POST", "/v1/send/sms"),
            App("POST", "/v1/send/inbox_message"),
            App("POST", "/v1/send/in_app"),
            App("POST", "/v1/campaigns/{campaign_id}/triggers"),
            App("GET", "/v1/customers/{identifier}/attributes"));

        /// <summary>The API whose route table is complete: a near miss of it is a mistake even where it looks like another API's path.</summary>
        public const HttpApiKind CompleteApi = HttpApiKind.Track;

        public static ImmutableArray<HttpRoute> Of(HttpApiKind api) => api switch
        {
            HttpApiKind.Track => TrackRoutes,
            HttpApiKind.App => AppRoutes,
            _ => ImmutableArray<HttpRoute>.Empty,
        };

        private static readonly ImmutableArray<HttpRoute> TrackRoutes = All.Where(r => r.Api == HttpApiKind.Track).ToImmutableArray();

        private static readonly ImmutableArray<HttpRoute> AppRoutes = All.Where(r => r.Api == HttpApiKind.App).ToImmutableArray();

        /// <summary>True for the methods whose requests carry a body.</summary>
        public static bool TakesBody(string method) => method is "POST" or "PUT" or "PATCH";

        /// <summary>Where a host of each API is named in messages.</summary>
        public static string HostOf(HttpApiKind api) => api == HttpApiKind.App ? "api.customer.io" : "track.customer.io";

        private static HttpRoute Track(string method, string template) => new(HttpApiKind.Track, method, template, 2);

        private static HttpRoute App(string method, string template) => new(HttpApiKind.App, method, template, 1);
    }
}
