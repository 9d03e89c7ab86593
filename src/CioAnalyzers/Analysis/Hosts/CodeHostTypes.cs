using System;
using System.Collections.Concurrent;
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
        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<DataCenter, List<(INamedTypeSymbol Type, TypeHostPlaces Places)>>> Cache = new();

        /// <summary>
        /// The types whose code names hosts of <paramref name="dataCenter"/> only. Binding is what costs: only the files
        /// whose strings name a host of that data centre, or that name a constant which may, are bound; then every other
        /// file that declares a part of a type found there, so that a type naming both data centres is still seen as mixed.
        /// </summary>
        public static List<(INamedTypeSymbol Type, TypeHostPlaces Places)> For(Compilation compilation, AnalyzerOptions options, DataCenter dataCenter, CancellationToken cancellationToken)
            => Cache.GetOrCreateValue(compilation).GetOrAdd(dataCenter, d => Read(compilation, options, d, cancellationToken));

        private static List<(INamedTypeSymbol Type, TypeHostPlaces Places)> Read(Compilation compilation, AnalyzerOptions options, DataCenter dataCenter, CancellationToken cancellationToken)
        {
            var byType = new Dictionary<INamedTypeSymbol, TypeHostPlaces>(SymbolEqualityComparer.Default);
            var constants = HostConstantNames.For(compilation, cancellationToken);
            var read = new HashSet<SyntaxTree>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (NamesHostOf(tree, dataCenter, constants, cancellationToken))
                {
                    Read(compilation, tree, options, constants, read, byType, cancellationToken);
                }
            }

            var partsElsewhere = byType.Keys
                .SelectMany(t => t.DeclaringSyntaxReferences.Select(r => r.SyntaxTree))
                .Where(t => !read.Contains(t))
                .ToList();
            foreach (var tree in partsElsewhere)
            {
                Read(compilation, tree, options, constants, read, byType, cancellationToken);
            }

            return byType
                .Where(p => !p.Value.ChoosesAtRunTime && p.Value.OnlyDataCenter == dataCenter)
                .Select(p => (p.Key, p.Value))
                .OrderBy(p => p.Value.In(p.Value.OnlyDataCenter)[0].Syntax.SyntaxTree.FilePath, StringComparer.Ordinal)
                .ThenBy(p => p.Value.In(p.Value.OnlyDataCenter)[0].Syntax.SpanStart)
                .ToList();
        }

        private static bool NamesHostOf(SyntaxTree tree, DataCenter dataCenter, HostConstantNames constants, CancellationToken cancellationToken)
            => HostText.StringsMentioningDomain(tree, cancellationToken).Any(token => HostScanner.HostsIn(token.ValueText).Any(h => h.DataCenter == dataCenter))
               || constants.MayNameHostOf(tree, dataCenter, cancellationToken);

        private static void Read(Compilation compilation, SyntaxTree tree, AnalyzerOptions options, HostConstantNames constants,
            HashSet<SyntaxTree> read, Dictionary<INamedTypeSymbol, TypeHostPlaces> byType, CancellationToken cancellationToken)
        {
            if (!read.Add(tree) || GeneratedFiles.IsGenerated(tree, options, cancellationToken))
            {
                return;
            }

            // Configuration files are compared with the whole code, which no per-document action sees.
#pragma warning disable RS1030 // No analysis context gives every document's semantic model to an additional file's action.
            var model = compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
            // Strings are read from syntax: binding each one's member would compile those members a second time.
            foreach (var token in HostText.StringsMentioningDomain(tree, cancellationToken))
            {
                if (token.Parent is { } node && HostUses.TypeAround(model, node, cancellationToken) is { } type)
                {
                    PlacesOf(byType, type).AddWritten(token);
                }
            }

            foreach (var (type, operation) in HostUses.ConstantReferencesIn(model, constants, within: null, cancellationToken))
            {
                PlacesOf(byType, type).Add(operation);
            }
        }

        private static TypeHostPlaces PlacesOf(Dictionary<INamedTypeSymbol, TypeHostPlaces> byType, INamedTypeSymbol type)
        {
            if (!byType.TryGetValue(type, out var places))
            {
                byType.Add(type, places = new TypeHostPlaces());
            }

            return places;
        }
    }
}
