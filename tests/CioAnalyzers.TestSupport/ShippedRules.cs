using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Harness
{
    /// <summary>Every analyzer, fix and descriptor the two assemblies ship (found by reflection, so new rules join every check).</summary>
    public static class ShippedRules
    {
        public static ImmutableArray<DiagnosticAnalyzer> Analyzers => ShippedAnalyzers.Analyzers;

        public static ImmutableArray<CodeFixProvider> CodeFixes => ShippedAnalyzers.CodeFixes;

        public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = Analyzers
            .SelectMany(a => a.SupportedDiagnostics)
            .GroupBy(d => d.Id)
            .Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();

        public static bool HasFix(string id) => CodeFixes.Any(f => f.FixableDiagnosticIds.Contains(id));

        public static IEnumerable<object[]> Ids() => Descriptors.Select(d => new object[] { d.Id });
    }
}
