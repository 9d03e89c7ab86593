using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Every type of the compilation whose code names Customer.io hosts of one data centre only and does not choose
    /// one at run time, with its host places: what a configuration file's hosts are compared with. Read once per
    /// compilation, and only when a configuration file has Customer.io URLs to compare.
    /// </summary>
    internal static class CodeHostTypes
    {
        private static readonly ConditionalWeakTable<Compilation, List<(INamedTypeSymbol Type, TypeHostPlaces Places)>> Cache = new();

        public static List<(INamedTypeSymbol Type, TypeHostPlaces Places)> For(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
            => Cache.GetValue(compilation, c => Read(c, options, cancellationToken));

        private static List<(INamedTypeSymbol Type, TypeHostPlaces Places)> Read(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var byType = new Dictionary<INamedTypeSymbol, TypeHostPlaces>(SymbolEqualityComparer.Default);
            var constants = HostConstantNames.For(compilation, cancellationToken);
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (GeneratedFiles.IsGenerated(tree, options, cancellationToken))
                {
                    continue;
                }

                // Configuration files are compared with the whole code, which no per-document action sees.
#pragma warning disable RS1030 // No analysis context gives every document's semantic model to an additional file's action.
                var model = compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                foreach (var (type, operation) in HostUses.In(model, constants, within: null, cancellationToken))
                {
                    if (!byType.TryGetValue(type, out var places))
                    {
                        byType.Add(type, places = new TypeHostPlaces());
                    }

                    places.Add(operation);
                }
            }

            return byType
                .Where(p => !p.Value.ChoosesAtRunTime && p.Value.OnlyDataCenter != DataCenter.None)
                .Select(p => (p.Key, p.Value))
                .OrderBy(p => p.Value.In(p.Value.OnlyDataCenter)[0].Operation.Syntax.SyntaxTree.FilePath, StringComparer.Ordinal)
                .ThenBy(p => p.Value.In(p.Value.OnlyDataCenter)[0].Operation.Syntax.SpanStart)
                .ToList();
        }
    }
}
