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

        public const string Id = "CIO2001";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "Customer.io credential from a configuration value that may be missing",
            "The {0} passed to {1} comes from {2}, which is null when it is not set: Customer.io then answers 401 far from the cause",
            RuleCatalog.Categories.Credentials,
            "Site ids and API keys read from environment variables or configuration are null when the setting is missing. The client still starts and every call fails with 401 at run time. Fail at start-up with the name of the missing setting instead.");

        public override DiagnosticDescriptor Descriptor => Rule;

        internal override bool AppliesTo(ApiRole role) => role.IsCredential();

        internal override void Analyze(RoleSink sink, CustomerIoModel model, SinkReport report)
        {
            if (sink.Value is null || MaybeMissing.Find(sink.Value, model) is not { } source)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(KeyProperty, source.Key);
            report.Report(Descriptor, source.Read, source.Fixable ? source.Read : null, properties, sink.Role.Describe(), sink.ElementName, source.Description);
        }
    }
}
