using System.Collections.Immutable;
using System.Linq;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// CIO3003: a raw request to a Customer.io host whose method and path are one step from a documented route (a
    /// singular for a plural, a version prefix of the other host, the other API's route, a method the path does not
    /// take); reported on the path text or the method.
    /// </summary>
    public sealed class UndocumentedRouteRule : SinkRule
    {
        public const string Id = "CIO3003";

        /// <summary>For a path: the segments the fix replaces, as written (<c>customer</c>), and their replacement.</summary>
        public const string OldSegmentsProperty = "OldSegments";

        public const string NewSegmentsProperty = "NewSegments";

        /// <summary>For a method: the name the fix writes instead (<c>PutAsJsonAsync</c>, <c>Put</c>).</summary>
        public const string MethodNameProperty = "MethodName";

        /// <summary>How a run-time part of the path is shown in messages.</summary>
        private const string ShownHole = "{…}";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Not a Customer.io endpoint",
            "'{0}' is not a route of Customer.io's {1} API: {2}",
            RuleCatalog.Categories.Transport,
            "Customer.io serves only its documented routes, and HttpClient does not throw on the error status it answers to another path or method. A path one step from a documented route (customer for customers, /v1 without /api on the Track host, /api on the App host, the other API's route) or a documented path with another method (identify is PUT, events are POST, delete is DELETE) is almost always a typing mistake. The route table holds the whole Track API but only the App API's most used routes: paths it does not know are not reported.",
            DiagnosticSeverity.Info);

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role == ApiRole.Request;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            if (sink.Request is not { } request)
            {
                return;
            }

            var url = request.Url;
            var segments = Segments(url.Path);
            var method = RequestMethod.Of(request.Operation);
            if (RouteCheck.Find(url.Api, method?.Name, segments, url.IsRelative, request.Body is not null, FoldedString.HoleMarker) is not { } finding)
            {
                return;
            }

            var shown = (method is null ? string.Empty : method.Name + " ") + (url.IsRelative ? string.Empty : "/")
                + string.Join("/", segments).Replace(FoldedString.HoleMarker.ToString(), ShownHole);
            if (finding.Mistake == RouteMistake.WrongMethod && method is not null)
            {
                var name = finding.Method is null ? null : method.NameFor(finding.Method);
                var properties = name is null ? null : ImmutableDictionary<string, string?>.Empty.Add(MethodNameProperty, name);
                report.Report(Descriptor, method.Syntax, name is null ? null : method.Renamable, properties, shown, url.Api, finding.Advice);
                return;
            }

            var literal = finding.Edit is null ? null : UrlLiterals.Holding(request.UrlOperation, finding.Edit.OldText);
            var edit = literal is null || finding.Edit is null
                ? null
                : ImmutableDictionary<string, string?>.Empty.Add(OldSegmentsProperty, finding.Edit.OldText).Add(NewSegmentsProperty, finding.Edit.NewText);
            report.Report(Descriptor, literal ?? request.UrlOperation.Syntax, literal, edit, shown, url.Api, finding.Advice);
        }

        /// <summary>The path's segments, without the empty ones a leading or trailing '/' makes.</summary>
        private static string[] Segments(string path)
        {
            var segments = path.Split('/');
            var start = segments.Length > 0 && segments[0].Length == 0 ? 1 : 0;
            var end = segments.Length > start && segments[segments.Length - 1].Length == 0 ? segments.Length - 1 : segments.Length;
            return segments.Skip(start).Take(end - start).ToArray();
        }
    }
}
