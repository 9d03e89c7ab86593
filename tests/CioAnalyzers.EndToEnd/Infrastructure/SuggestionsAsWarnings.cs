using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CioAnalyzers.Harness;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.EndToEnd.Infrastructure
{
    /// <summary>
    /// The consumers raise the suggestion-level rules to warnings, as the demo does: a build prints warnings, not
    /// suggestions, and every rule must show in the build output these tests read.
    /// </summary>
    public static class SuggestionsAsWarnings
    {
        public static ImmutableArray<string> Ids { get; } = ShippedRules.Descriptors
            .Where(d => d.DefaultSeverity == DiagnosticSeverity.Info)
            .Select(d => d.Id)
            .ToImmutableArray();

        public static string EditorConfig { get; } = "[*.cs]\n" + string.Concat(Ids.Select(id => $"dotnet_diagnostic.{id}.severity = warning\n"));

        /// <summary>The same severities for an in-process compilation.</summary>
        public static TOptions Apply<TOptions>(TOptions options)
            where TOptions : CompilationOptions
            => (TOptions)options.WithSpecificDiagnosticOptions(
                options.SpecificDiagnosticOptions.SetItems(Ids.Select(id => new KeyValuePair<string, ReportDiagnostic>(id, ReportDiagnostic.Warn))));
    }
}
