using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// CIO2003: a setting named for one kind of Customer.io key (Track or App), or configured beside the one URL of that
    /// kind's API, reaches a credential of the other kind.
    /// </summary>
    public sealed class MixedUpCredentialRule : SinkRule
    {
        public const string Id = "CIO2003";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Track and App credentials mixed up",
            "{0} is named for {1}, but {2} takes the {3}: each Customer.io API answers 401 to the other's key",
            RuleCatalog.Categories.Credentials,
            "The Track API takes Basic auth with a site id and a Track API key; the App API takes a Bearer App API key. They are different keys, and each API rejects the other's with 401. A setting named for one kind of key, passed where the other is expected, is a mix-up.");

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role is ApiRole.SiteId or ApiRole.TrackApiKey or ApiRole.AppApiKey;

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            if (sink.Value is null || ConfiguredCredentialReads.Find(sink.Value, model) is not { Key: { } name } source)
            {
                return;
            }

            var expected = CredentialSettingNames.KindOf(sink.Role);
            var (named, what) = (CredentialSettingNames.KindOf(name), source.Description);
            if (named == CredentialKind.None)
            {
                // A key whose name says no kind, in the section of one client: the client's URL says which key it is.
                (named, what) = model.ConfiguredHosts.SectionApiOf(name, out var urlKey) switch
                {
                    HttpApiKind.App => (CredentialKind.App, $"{source.Description}, beside the App API URL '{urlKey}',"),
                    HttpApiKind.Track => (CredentialKind.Track, $"{source.Description}, beside the Track API URL '{urlKey}',"),
                    _ => (CredentialKind.None, what),
                };
            }

            if (named == CredentialKind.None || expected == CredentialKind.None || named == expected)
            {
                return;
            }

            var namedFor = named == CredentialKind.App ? "the App API key" : "the Track API credentials";
            report.Report(Descriptor, source.Read, null, null, what, namedFor, sink.ElementName, sink.Role.Describe());
        }
    }
}
