using System.Collections.Immutable;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Rules
{
    /// <summary>CIO2001: a configuration read that may be null reaches a credential role unguarded; reported on the read.</summary>
    public sealed class MaybeMissingCredentialRule : SinkRule
    {
        public const string KeyProperty = "SettingName";

        public override DiagnosticDescriptor Descriptor => RuleCatalog.MaybeMissingCredential;

        internal override bool AppliesTo(ApiRole role) => role.IsCredential();

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            if (sink.Value is null || MaybeMissing.Find(sink.Value, model.Types) is not { } source)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(KeyProperty, source.Key);
            report.Report(Descriptor, source.Read, source.Read, properties, sink.Role.Describe(), sink.ElementName, source.Description);
        }
    }
}
