using System.Collections.Immutable;
using CioAnalyzers.Model;
using CioAnalyzers.Model.Settings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// CIO2002 in the project's configuration files: a value that looks like a real key, committed under a setting that
    /// names a Customer.io key (<c>"CustomerIO": { "TrackApiKey": "..." }</c> in appsettings.json, an
    /// <c>appSettings</c> entry of Web.config), reported on the value's line.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SettingsFileAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(CredentialInSourceRule.Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterAdditionalFileAction(fileContext =>
            {
                if (SettingsFile.Read(fileContext.AdditionalFile, fileContext.CancellationToken) is not { } file
                    || TestFrameworks.AreReferencedBy(fileContext.Compilation))
                {
                    return;
                }

                foreach (var entry in file.Entries)
                {
                    if (entry.Value is { } value && CredentialText.LooksLikeARealKey(value)
                        && CustomerIoSettingNames.SecretRoleOf(entry.Key) is { } role)
                    {
                        fileContext.ReportDiagnostic(Diagnostic.Create(
                            CredentialInSourceRule.Rule, file.LocationOf(entry), role.Describe(), $"'{entry.Key}' in {file.Name}", Override(file, entry)));
                    }
                }
            });
        }

        // What replaces the committed value at run time without a change to the code that reads it.
        private static string Override(SettingsFile file, SettingEntry entry) => file.Kind == SettingsFileKind.Json
            ? $"{entry.Key.Replace(":", "__")}, or user secrets in development"
            : "an environment variable or a configuration builder";
    }
}
