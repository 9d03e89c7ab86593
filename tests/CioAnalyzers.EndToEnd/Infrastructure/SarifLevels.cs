using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.EndToEnd.Infrastructure
{
    /// <summary>
    /// The levels at which a SARIF 2.1 log reports each CIO rule. Unlike the build output, which leaves suggestions out,
    /// the log holds every diagnostic the compiler reports: error, warning, or note for a suggestion.
    /// </summary>
    public static class SarifLevels
    {
        public static ImmutableDictionary<string, ImmutableHashSet<string>> Read(string path)
        {
            using var sarif = JsonDocument.Parse(File.ReadAllText(path));
            return sarif.RootElement.GetProperty("runs").EnumerateArray()
                .SelectMany(run => run.GetProperty("results").EnumerateArray())
                .Select(result => (Id: result.GetProperty("ruleId").GetString()!, Level: LevelOf(result)))
                .Where(r => r.Id.StartsWith("CIO", StringComparison.Ordinal))
                .GroupBy(r => r.Id)
                .ToImmutableDictionary(g => g.Key, g => g.Select(r => r.Level).ToImmutableHashSet());
        }

        /// <summary>The SARIF level of a diagnostic reported at <paramref name="severity"/>.</summary>
        public static string Of(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "note",
        };

        public static string List(IReadOnlyDictionary<string, ImmutableHashSet<string>> levels)
            => string.Join("\n", levels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"  {l.Key}: {string.Join(", ", l.Value.OrderBy(v => v, StringComparer.Ordinal))}"));

        /// <summary>SARIF's default level is warning, which a writer may leave out.</summary>
        private static string LevelOf(JsonElement result)
            => result.TryGetProperty("level", out var level) ? level.GetString()! : "warning";
    }
}
