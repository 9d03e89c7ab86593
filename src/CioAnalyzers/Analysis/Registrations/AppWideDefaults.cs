using System;
using System.Runtime.CompilerServices;
using System.Threading;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Whether the project names an app-wide default for every HttpClient; read from the text, once for the compilations
    /// made of the same files.
    /// </summary>
    internal static class AppWideDefaults
    {
        private static readonly ConditionalWeakTable<SyntaxTree, object> ByTree = new();

        private static readonly ConditionalWeakTable<SourceSet, object> BySource = new();

        public static bool Mentioned(Compilation compilation, CancellationToken cancellationToken)
            => BySource.GetValue(SourceSet.Of(compilation), _ => AnyTreeNames(compilation, cancellationToken)) is true;

        private static object AnyTreeNames(Compilation compilation, CancellationToken cancellationToken)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (ByTree.GetValue(tree, t => Names(t, cancellationToken)) is true)
                {
                    return true;
                }
            }

            return false;
        }

        private static object Names(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var text = tree.GetText(cancellationToken).ToString();
            foreach (var name in ResilienceHandlers.AppWideDefaults)
            {
                if (text.IndexOf(name, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
