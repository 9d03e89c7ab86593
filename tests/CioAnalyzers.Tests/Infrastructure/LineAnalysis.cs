using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CioAnalyzers.Tests.Infrastructure
{
    /// <summary>What the IDE does while a line is edited: RoleSinkAnalyzer run on that line's span of one document only.</summary>
    internal static class LineAnalysis
    {
        /// <summary>The diagnostics with one of <paramref name="ids"/> found on the line of <paramref name="tree"/> that holds <paramref name="marker"/>.</summary>
        public static async Task<ImmutableArray<Diagnostic>> AnalyseLineAsync(Compilation compilation, SyntaxTree tree, string marker, params string[] ids)
        {
            var line = tree.GetText().Lines[LineOf(tree.ToString(), marker)];
            var analysis = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new RoleSinkAnalyzer()));
            var result = await analysis.GetAnalysisResultAsync(compilation.GetSemanticModel(tree), TextSpan.FromBounds(line.Start, line.End), CancellationToken.None);
            return result.SemanticDiagnostics.TryGetValue(tree, out var byAnalyzer)
                ? byAnalyzer.Values.SelectMany(d => d).Where(d => ids.Contains(d.Id)).ToImmutableArray()
                : ImmutableArray<Diagnostic>.Empty;
        }

        /// <summary>One document with the library stand-ins, checked to compile without errors, and its tree.</summary>
        public static async Task<(Compilation Compilation, SyntaxTree Tree)> CompileAsync(string source)
        {
            var compilation = await StandInCompilation.CreateAsync(source);
            var tree = compilation.SyntaxTrees.Last();
            Xunit.Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            return (compilation, tree);
        }

        /// <summary>The zero-based line of <paramref name="text"/> that holds <paramref name="marker"/>; -1 when none does.</summary>
        public static int LineOf(string text, string marker)
            => Array.FindIndex(text.Replace("\r\n", "\n").Split('\n'), l => l.Contains(marker, StringComparison.Ordinal));
    }
}
