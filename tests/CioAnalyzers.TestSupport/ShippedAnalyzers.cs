using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Harness
{
    /// <summary>Every analyzer and fix the two shipped assemblies hold, found by reflection so that new rules join in.</summary>
    public static class ShippedAnalyzers
    {
        public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = Instantiate<DiagnosticAnalyzer>(typeof(Rules.RuleCatalog).Assembly);

        public static ImmutableArray<CodeFixProvider> CodeFixes { get; } = Instantiate<CodeFixProvider>(typeof(CodeFixes.SyntaxRewriteFixer).Assembly);

        private static ImmutableArray<T> Instantiate<T>(System.Reflection.Assembly assembly)
            => assembly.GetTypes()
                .Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (T)Activator.CreateInstance(t)!)
                .ToImmutableArray();
    }
}
