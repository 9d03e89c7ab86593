using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Tests.Infrastructure
{
    /// <summary>Every analyzer and fix the two assemblies ship, found by reflection so that new rules join every check.</summary>
    public static class ShippedRules
    {
        public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = Instantiate<DiagnosticAnalyzer>(typeof(RuleCatalog).Assembly);

        public static ImmutableArray<CodeFixProvider> CodeFixes { get; } = Instantiate<CodeFixProvider>(typeof(CodeFixes.SyntaxRewriteFixer).Assembly);

        public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = Analyzers
            .SelectMany(a => a.SupportedDiagnostics)
            .GroupBy(d => d.Id)
            .Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();

        public static bool HasFix(string id) => CodeFixes.Any(f => f.FixableDiagnosticIds.Contains(id));

        public static IEnumerable<object[]> Ids() => Descriptors.Select(d => new object[] { d.Id });

        private static ImmutableArray<T> Instantiate<T>(System.Reflection.Assembly assembly)
            => assembly.GetTypes()
                .Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (T)Activator.CreateInstance(t)!)
                .ToImmutableArray();
    }
}
