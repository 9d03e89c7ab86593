using System;
using System.Runtime.CompilerServices;
using System.Threading;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>Whether the project names an app-wide default for every HttpClient; read once per compilation, from the text.</summary>
    internal static class AppWideDefaults
    {
        private static readonly ConditionalWeakTable<SyntaxTree, object> ByTree = new();

        public static bool Mentioned(Compilation compilation, CancellationToken cancellationToken)
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
