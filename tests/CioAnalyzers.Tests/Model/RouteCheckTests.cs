using System;
using System.Linq;
using CioAnalyzers.Model;
using Xunit;

namespace CioAnalyzers.Tests.Model
{
    /// <summary>The route table and the near misses read from it: what CIO3003 reports, and what it must leave alone.</summary>
    public class RouteCheckTests
    {
        /// <summary>Stands for a run-time value in a path, as the folded URL marks it.</summary>
        private const char Hole = '\uE000';

        [Fact]
        public void EveryDocumentedRouteIsItsOwnAnswer()
        {
            foreach (var route in KnownHttpRoutes.All)
            {
                var path = route.Segments.Select(s => HttpRoute.IsPlaceholder(s) ? Hole.ToString() : s).ToList();
                Assert.Null(RouteCheck.Find(route.Api, route.Method, path, relative: false, sendsBody: KnownHttpRoutes.TakesBody(route.Method), Hole));
            }
        }

        [Theory]
        [InlineData("Track", "PUT", "/api/v1/customer/~", false, "NearPath", "customer>customers")]
        [InlineData("Track", "POST", "/api/v1/event", false, "NearPath", "event>events")]
        [InlineData("Track", "PUT", "/v1/customers/~", false, "NearPath", "v1>api/v1")]
        [InlineData("Track", "POST", "/customers/~/events", false, "NearPath", "customers>api/v1/customers")]
        [InlineData("Track", "POST", "/api/v1/entity", false, "NearPath", "api/v1>api/v2")]
        [InlineData("Track", "POST", "/api/v1/unsubscribe/~", false, "NearPath", "api/v1/unsubscribe>unsubscribe")]
        [InlineData("App", "POST", "/api/v1/send/email", false, "NearPath", "api/v1>v1")]
        [InlineData("App", "POST", "/send/sms", false, "NearPath", "send>v1/send")]
        [InlineData("App", "POST", "/v1/send/emails", false, "NearPath", "emails>email")]
        [InlineData("Track", "POST", "/v1/send/email", false, "OtherApi", "")]
        [InlineData("Track", "GET", "/api/v1/customers/~/attributes", false, "OtherApi", "")]
        [InlineData("App", "PUT", "/api/v1/customers/~", false, "OtherApi", "")]
        [InlineData("Track", "POST", "/api/v1/customers/~", true, "WrongMethod", "PUT")]
        [InlineData("Track", "GET", "/api/v1/customers/~", false, "WrongMethod", "")]
        [InlineData("Track", "PUT", "customer/~", true, "NearPath", "customer>customers")]
        [InlineData("Track", "POST", "customers/~", true, "WrongMethod", "PUT")]
        public void NearMisses(string api, string method, string path, bool sendsBody, string mistake, string fix)
        {
            var relative = !path.StartsWith("/", StringComparison.Ordinal);
            var finding = RouteCheck.Find(Api(api), method, Segments(path), relative, sendsBody, Hole);
            Assert.NotNull(finding);
            Assert.Equal(mistake, finding!.Mistake.ToString());
            var written = finding.Mistake == RouteMistake.WrongMethod ? finding.Method ?? "" : finding.Edit is { } edit ? edit.OldText + ">" + edit.NewText : "";
            Assert.Equal(fix, written);
        }

        [Theory]
        [InlineData("App", "GET", "/v1/campaigns")]
        [InlineData("App", "GET", "/v1/customers/~/messages")]
        [InlineData("App", "GET", "/v1/api/collections")]
        [InlineData("App", "POST", "/v1/customers")]
        [InlineData("Track", "GET", "/api/v1/accounts")]
        [InlineData("Track", "POST", "/api/v1/~")]
        [InlineData("Track", "POST", "/~/customers")]
        [InlineData("Track", "POST", "v1/customers/~/events")]
        [InlineData("Track", "POST", "events")]
        [InlineData("Track", "PUT", "/api/v1/customers/~/")]
        [InlineData("Pipelines", "POST", "/v1/identifies")]
        public void PathsTheTableDoesNotKnowOrKnowsAsTheyAreSayNothing(string api, string method, string path)
            => Assert.Null(RouteCheck.Find(Api(api), method, Segments(path), !path.StartsWith("/", StringComparison.Ordinal), sendsBody: true, Hole));

        private static HttpApiKind Api(string name) => (HttpApiKind)Enum.Parse(typeof(HttpApiKind), name);

        /// <summary>The segments as the rule reads them: '~' for a run-time value, no empty first or last segment.</summary>
        private static string[] Segments(string path)
            => path.Trim('/').Split('/').Select(s => s.Replace('~', Hole)).ToArray();
    }
}
