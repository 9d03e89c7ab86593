using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using CioAnalyzers.Model.Settings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// CIO2004: one type (all its parts) names Customer.io hosts of both data centres. A workspace lives in one; the
    /// other's hosts answer 401 or redirect. Reported on each host of the less used data centre.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MixedDataCentersAnalyzer : DiagnosticAnalyzer
    {
        public const string Id = "CIO2004";

        /// <summary>For a constant of a library's host class: the sibling constant that holds the other data centre's host.</summary>
        public const string ReplacementProperty = "Replacement";

        /// <summary>The data centre whose hosts the fix switches: "Us" or "Eu".</summary>
        public const string DataCenterProperty = "DataCenter";

        public static readonly DiagnosticDescriptor Rule = RuleCatalog.Create(
            Id,
            "US and EU Customer.io hosts mixed",
            "{0} is in the {1} data centre, but {4} also uses {3}, in the {2} data centre: a workspace lives in one, and the other answers 401 or redirects",
            RuleCatalog.Categories.Credentials,
            "A Customer.io workspace lives in the US or the EU data centre, and every API has one host in each. Code that calls one API on a US host and another on an EU host sends half of its calls to a data centre that does not know the workspace.",
            DiagnosticSeverity.Info);

        /// <summary>What uses the hosts, in the message: a type here, a configuration in configuration files.</summary>
        public const string ThisType = "this type";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (!HostText.AnySourceMentionsHost(start.Compilation, start.CancellationToken)
                    && !CustomerIoModel.For(start.Compilation, start.Options, start.CancellationToken).HasApiElements)
                {
                    return;
                }

                // One action per document, which binds only what its text says could name a host: a literal where the
                // domain is written, a name of a constant whose value may hold a host. A type's other parts are read
                // from their own documents when this one names a host; each document reports the hosts it holds.
                var constants = new Lazy<HostConstantNames>(() => HostConstantNames.For(start.Compilation, start.CancellationToken));
                var settings = CustomerIoModel.For(start.Compilation, start.Options, start.CancellationToken).Settings;
                var configured = new Lazy<List<EnvironmentHosts>>(() => ConfiguredDataCenters.ByEnvironment(settings).Where(e => e.OnlyDataCenter != DataCenter.None).ToList());
                start.RegisterSemanticModelAction(document => ReportDocument(document, constants.Value, configured.Value));
            });
        }

        /// <summary>Each type this document names a host in, with all its parts; reported on this document's hosts.</summary>
        private static void ReportDocument(SemanticModelAnalysisContext document, HostConstantNames constants, List<EnvironmentHosts> configured)
        {
            var model = document.SemanticModel;
            var byType = new Dictionary<INamedTypeSymbol, TypeHostPlaces>(SymbolEqualityComparer.Default);
            foreach (var (type, operation) in HostUses.In(model, constants, within: null, document.CancellationToken))
            {
                if (!byType.TryGetValue(type, out var hosts))
                {
                    byType.Add(type, hosts = new TypeHostPlaces());
                }

                hosts.Add(operation);
            }

            foreach (var pair in byType)
            {
                var (type, hosts) = (pair.Key, pair.Value);
                if (hosts.IsEmpty)
                {
                    continue;
                }

                foreach (var part in type.DeclaringSyntaxReferences)
                {
                    if (part.SyntaxTree != model.SyntaxTree && !GeneratedFiles.IsGenerated(part.SyntaxTree, document.Options, document.CancellationToken))
                    {
                        // Another part of a partial type, bound only when this document names a host in the type.
#pragma warning disable RS1030 // No analysis context gives another document's semantic model.
                        var other = model.Compilation.GetSemanticModel(part.SyntaxTree);
#pragma warning restore RS1030
                        foreach (var (otherType, operation) in HostUses.In(other, constants, part.Span, document.CancellationToken))
                        {
                            if (SymbolEqualityComparer.Default.Equals(otherType, type))
                            {
                                hosts.Add(operation);
                            }
                        }
                    }
                }

                Report(hosts, document.ReportDiagnostic, model.SyntaxTree, configured);
            }
        }

        /// <summary>
        /// Reports the hosts of <paramref name="type"/> that lie in <paramref name="tree"/>; the type's other documents
        /// report theirs. A type whose hosts are all in one data centre is compared with each environment's configured hosts.
        /// </summary>
        private static void Report(TypeHostPlaces type, Action<Diagnostic> report, SyntaxTree tree, List<EnvironmentHosts> configured)
        {
            if (type.ChoosesAtRunTime || type.IsEmpty)
            {
                return;
            }

            var us = type.In(DataCenter.Us);
            var eu = type.In(DataCenter.Eu);
            if (us.Count == 0 || eu.Count == 0)
            {
                ReportAgainstConfiguration(us.Count == 0 ? eu : us, configured, report, tree);
                return;
            }

            // The less used data centre is the likely slip; with equal counts neither is, and both are shown.
            if (us.Count <= eu.Count)
            {
                ReportAll(us, eu[0], "US", "EU", report, tree);
            }

            if (eu.Count <= us.Count)
            {
                ReportAll(eu, us[0], "EU", "US", report, tree);
            }
        }

        private static void ReportAll(List<HostPlace> minority, HostPlace other, string name, string otherName, Action<Diagnostic> report, SyntaxTree tree)
        {
            foreach (var (_, host, syntax, operation) in TypeHostPlaces.Places(minority).Where(h => h.Syntax.SyntaxTree == tree))
            {
                report(Diagnostic.Create(Rule, syntax.GetLocation(), new[] { other.Syntax.GetLocation() },
                    FixProperties(operation, host, minority[0].DataCenter), host, name, otherName, other.Host, ThisType));
            }
        }

        /// <summary>What the fix needs: the data centre to switch from, and a library constant's sibling for the other.</summary>
        private static ImmutableDictionary<string, string?> FixProperties(IOperation? operation, string host, DataCenter dataCenter)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(DataCenterProperty, dataCenter.ToString());
            return operation is IFieldReferenceOperation field && Sibling(field.Field, HostScanner.OtherDataCenterHost(host)) is { } sibling
                ? properties.Add(ReplacementProperty, sibling)
                : properties;
        }

        /// <summary>
        /// The code's hosts, all in one data centre, against the first environment whose configured hosts are all in
        /// the other and at least as many as the code's places: each code host is reported once, with the configured
        /// host as additional location. When the code has more places, the configuration's hosts are the minority and
        /// <see cref="SettingsFileAnalyzer"/> reports them in their file; on a tie the code is reported, since the
        /// configuration is what each deployment sets its data centre in.
        /// </summary>
        private static void ReportAgainstConfiguration(List<HostPlace> code, List<EnvironmentHosts> configured, Action<Diagnostic> report, SyntaxTree tree)
        {
            var dataCenter = code[0].DataCenter;
            var places = TypeHostPlaces.Places(code);
            if (configured.FirstOrDefault(e => e.OnlyDataCenter != dataCenter && places.Count <= e.Hosts.Count) is not { } environment)
            {
                return;
            }

            var other = environment.Hosts[0];
            var name = dataCenter == DataCenter.Eu ? "EU" : "US";
            var otherName = dataCenter == DataCenter.Eu ? "US" : "EU";
            foreach (var (_, host, syntax, operation) in places.Where(h => h.Syntax.SyntaxTree == tree))
            {
                report(Diagnostic.Create(Rule, syntax.GetLocation(), new[] { other.File.LocationOf(other.Entry) },
                    FixProperties(operation, host, dataCenter), host, name, otherName, $"'{other.Entry.Key}' ({other.Host}, {other.File.Name})", environment.Describe()));
            }
        }

        /// <summary>A constant beside <paramref name="field"/> whose value names <paramref name="host"/>.</summary>
        private static string? Sibling(IFieldSymbol field, string host)
            => field.ContainingType.GetMembers().OfType<IFieldSymbol>()
                .FirstOrDefault(f => f.IsConst && f.ConstantValue is string value && HostScanner.HostsIn(value).Any(h => string.Equals(h.Host, host, StringComparison.OrdinalIgnoreCase)))?.Name;
    }
}
