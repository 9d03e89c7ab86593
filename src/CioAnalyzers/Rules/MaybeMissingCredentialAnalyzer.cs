using System.Collections.Immutable;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Rules
{
    /// <summary>CIO2001: a configuration read that may be null reaches a credential role unguarded.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MaybeMissingCredentialAnalyzer : RoleSinkAnalyzer
    {
        public const string KeyProperty = "SettingName";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleCatalog.MaybeMissingCredential);

        private protected override bool AppliesTo(ApiRole role) => role.IsCredential();

        private protected override void AnalyzeSink(RoleSink sink, CustomerIoModel model, OperationAnalysisContext context)
        {
            if (sink.Value is null || MaybeMissing.Find(sink.Value, model.Types) is not { } source)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(KeyProperty, source.Key);
            context.ReportDiagnostic(Diagnostic.Create(
                RuleCatalog.MaybeMissingCredential,
                ReportLocation(sink, context),
                new[] { source.Read.GetLocation() },
                properties,
                sink.Role.Describe(),
                sink.ElementName,
                source.Description));
        }
    }
}
