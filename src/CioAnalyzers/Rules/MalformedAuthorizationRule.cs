using System.Collections.Immutable;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// CIO2005: an Authorization header for a Customer.io API in the wrong scheme, or a Track API Basic credential that is
    /// not base64 of <c>"{siteId}:{apiKey}"</c>. Only headers whose scheme and parameter shape are known are judged.
    /// </summary>
    public sealed class MalformedAuthorizationRule : SinkRule
    {
        public const string Id = "CIO2005";

        /// <summary>Which fix applies: <see cref="UseBearer"/> or <see cref="UseBasicPair"/>.</summary>
        public const string FixProperty = "Fix";

        public const string UseBearer = "Bearer";

        public const string UseBasicPair = "BasicPair";

        /// <summary>With <see cref="UseBasicPair"/>: the site id and key expressions, as written in scope.</summary>
        public const string SiteIdProperty = "SiteId";

        public const string ApiKeyProperty = "ApiKey";

        /// <summary>With <see cref="UseBasicPair"/>: "Text" when the header is one string, else it is an AuthenticationHeaderValue.</summary>
        public const string TextProperty = "Text";

        private const string TrackPair = "takes base64 of \"{siteId}:{apiKey}\" as its Basic credential, but ";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Malformed Customer.io authorization",
            "The {0} API {1}: Customer.io answers 401",
            RuleCatalog.Categories.Credentials,
            "The Track API takes HTTP Basic auth whose credential is base64 of the site id and the Track API key joined by ':'; the App API takes the App API key as a Bearer token. A Bearer token sent to the Track API, Basic auth sent to the App API, a key or pair left unencoded, a key encoded without the site id, or a scheme written twice is answered with 401.");

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role == ApiRole.AuthorizationHeader;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            if (sink.Header is not { } header)
            {
                return;
            }

            var bearer = AuthorizationSchemes.IsScheme(header.Scheme, AuthorizationSchemes.Bearer);
            var basic = AuthorizationSchemes.IsScheme(header.Scheme, AuthorizationSchemes.Basic);
            if (!bearer && !basic)
            {
                return;
            }

            var shape = BasicCredentials.ShapeOf(header.Parameter, model.Types, out var parts);
            if (header.Api == HttpApiKind.Track)
            {
                AnalyzeTrack(header, bearer, shape, parts, model, report);
            }
            else if (header.Api == HttpApiKind.App)
            {
                AnalyzeApp(header, basic, shape, report);
            }
        }

        private void AnalyzeTrack(AuthorizationHeader header, bool bearer, CredentialShape shape, ImmutableArray<IOperation> parts, CustomerIoModel model, SinkReport report)
        {
            var problem = bearer ? "takes Basic auth with the site id and a Track API key, not a Bearer token" : TrackProblem(shape);
            if (problem is null)
            {
                return;
            }

            var mistake = bearer ? header.SchemeSyntax : header.ParameterSyntax;
            var pair = bearer && shape is not CredentialShape.RawKey and not CredentialShape.RawPair ? null : CredentialFix.Pair(header, shape, parts, model);
            var properties = pair is { } known
                ? ImmutableDictionary<string, string?>.Empty
                    .Add(FixProperty, UseBasicPair)
                    .Add(SiteIdProperty, known.SiteId)
                    .Add(ApiKeyProperty, known.ApiKey)
                    .Add(TextProperty, header.IsText ? "true" : "false")
                : null;
            report.Report(Descriptor, mistake, properties is null ? null : header.Value.Syntax, properties, "Track", problem);
        }

        private void AnalyzeApp(AuthorizationHeader header, bool basic, CredentialShape shape, SinkReport report)
        {
            if (basic)
            {
                var target = CredentialFix.SchemeText(header);
                var properties = target is null ? null : ImmutableDictionary<string, string?>.Empty.Add(FixProperty, UseBearer);
                report.Report(Descriptor, header.SchemeSyntax, target, properties, "App", "takes the App API key as a Bearer token, not Basic auth");
            }
            else if (shape == CredentialShape.Base64Pair)
            {
                report.Report(Descriptor, header.ParameterSyntax, null, null, "App", "takes the App API key as its Bearer token, not base64 of a site id and key pair");
            }
            else if (shape == CredentialShape.RepeatedScheme)
            {
                report.Report(Descriptor, header.ParameterSyntax, null, null, "App", "takes \"Bearer {key}\", but this header gives the scheme twice");
            }
        }

        private static string? TrackProblem(CredentialShape shape) => shape switch
        {
            CredentialShape.RawPair => TrackPair + "this one is the pair not encoded",
            CredentialShape.RawKey => TrackPair + "this one is a key not encoded, without the site id",
            CredentialShape.RawJoined => TrackPair + "this one is the two joined without ':' and not encoded",
            CredentialShape.Base64Single => TrackPair + "this one encodes one value alone",
            CredentialShape.Base64Joined => TrackPair + "this one encodes the two joined without ':'",
            CredentialShape.RepeatedScheme => "takes \"Basic {credential}\", but this header gives the scheme twice",
            _ => null,
        };
    }
}
