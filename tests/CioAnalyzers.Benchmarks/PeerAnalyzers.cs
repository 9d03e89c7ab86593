using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Benchmarks
{
    /// <summary>The peer package's C# analyzers (Meziantou.Analyzer from NuGet), loaded from the build output's peer folder.</summary>
    internal static class PeerAnalyzers
    {
        public static ImmutableArray<DiagnosticAnalyzer> Load()
        {
            var path = Path.Combine(AppContext.BaseDirectory, "peer", "Meziantou.Analyzer.dll");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException("The peer analyzer package is missing from the build output", path);
            }

            return Assembly.LoadFrom(path).GetTypes()
                .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null
                    && t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray();
        }
    }
}
