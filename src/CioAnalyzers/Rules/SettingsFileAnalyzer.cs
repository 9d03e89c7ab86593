using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using CioAnalyzers.Model.Settings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// The rules that read the project's configuration files, reported on the value's line in the file:
    /// CIO2002, a value that looks like a real key committed under a setting that names a Customer.io key
    /// (<c>"CustomerIO": { "TrackApiKey": "..." }</c> in appsettings.json, an <c>appSettings</c> entry of Web.config);
    /// CIO2003, a key named for one API's credentials in the section of a client of the other;
    /// CIO2004, Customer.io URLs of both data centres in the configuration of one environment, or a region setting that
    /// one of its URLs contradicts.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SettingsFileAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(CredentialInSourceRule.Rule, MixedUpCredentialRule.Rule, MixedDataCentersAnalyzer.Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterAdditionalFileAction(fileContext =>
            {
                if (SettingsFile.KindOf(fileContext.AdditionalFile.Path, out _) is null)
                {
                    return;
                }

                // The model has read every configuration file of the compilation once; this file is among them unless it does not parse.
                var model = CustomerIoModel.For(fileContext.Compilation, fileContext.Options, fileContext.CancellationToken);
                var settings = model.Settings;
                var file = settings.Files.FirstOrDefault(f => f.Path == fileContext.AdditionalFile.Path);
                if (file is null)
                {
                    return;
                }

                // Test projects hold fake keys on purpose; their hosts are still checked.
                foreach (var entry in model.IsTestProject ? Enumerable.Empty<SettingEntry>() : file.Entries)
                {
                    if (entry.Value is { } value && CredentialText.LooksLikeARealKey(value)
                        && CustomerIoSettingNames.SecretRoleOf(entry.Key) is { } role)
                    {
                        fileContext.ReportDiagnostic(Diagnostic.Create(
                            CredentialInSourceRule.Rule, file.LocationOf(entry), role.Describe(), $"'{entry.Key}' in {file.Name}", Override(file, entry)));
                    }
                }

                ReportKeysOfTheOtherApi(file, model.ConfiguredHosts, fileContext.ReportDiagnostic);
                var reported = new HashSet<SettingEntry>();
                ReportMixedDataCenters(settings, file.Path, reported, fileContext.ReportDiagnostic);
                ReportAgainstCode(settings, file.Path, reported, dataCenter => CodeHostTypes.For(fileContext.Compilation, fileContext.Options, dataCenter, fileContext.CancellationToken), fileContext.ReportDiagnostic);
            });
        }

        /// <summary>
        /// A key named for one kind of Customer.io key in the section of one client of the other API
        /// (<c>"Tracking": { "Url": "https://track.customer.io/...", "AppApiKey": "..." }</c>): that client is given the
        /// other API's key. See <see cref="ConfiguredHosts.SectionApiOf"/> for when a section describes one client.
        /// </summary>
        private static void ReportKeysOfTheOtherApi(SettingsFile file, ConfiguredHosts configured, Action<Diagnostic> report)
        {
            if (configured.IsEmpty)
            {
                return;
            }

            foreach (var entry in file.Entries)
            {
                var named = CredentialSettingNames.KindOf(entry.Key);
                if (named == CredentialKind.None)
                {
                    continue;
                }

                var api = configured.SectionApiOf(entry.Key, out var urlKey);
                var (client, expected) = (api, named) switch
                {
                    (HttpApiKind.Track, CredentialKind.App) => ("Track API", "Track API credentials"),
                    (HttpApiKind.App, CredentialKind.Track) => ("App API", "App API key"),
                    _ => (null, null),
                };
                if (client is not null)
                {
                    report(Diagnostic.Create(
                        MixedUpCredentialRule.Rule, file.LocationOf(entry), $"'{entry.Key}' in {file.Name}",
                        named == CredentialKind.App ? "the App API key" : "the Track API credentials", $"the {client} client of '{urlKey}'", expected));
                }
            }
        }

        /// <summary>
        /// Each environment whose configuration names hosts of both data centres: the hosts of the less used one that lie in
        /// <paramref name="path"/>, once each even when several environments include them; and each region setting of
        /// <paramref name="path"/> that a configured host of the same environment contradicts.
        /// </summary>
        private static void ReportMixedDataCenters(ProjectSettings settings, string path, HashSet<SettingEntry> reported, Action<Diagnostic> report)
        {
            foreach (var environment in ConfiguredDataCenters.ByEnvironment(settings))
            {
                var hosts = environment.Hosts;
                foreach (var region in environment.Regions.Where(r => r.File.Path == path))
                {
                    if (hosts.FirstOrDefault(h => h.DataCenter != region.DataCenter) is { } contradicting && reported.Add(region.Entry))
                    {
                        report(Diagnostic.Create(
                            MixedDataCentersAnalyzer.Rule, region.File.LocationOf(region.Entry), new[] { contradicting.File.LocationOf(contradicting.Entry) },
                            $"'{region.Entry.Key}' ({region.Entry.Value})", Name(region.DataCenter), Name(contradicting.DataCenter),
                            $"'{contradicting.Entry.Key}' ({contradicting.Host})", environment.Describe()));
                    }
                }

                var us = hosts.Where(h => h.DataCenter == DataCenter.Us).ToList();
                var eu = hosts.Where(h => h.DataCenter == DataCenter.Eu).ToList();
                if (us.Count == 0 || eu.Count == 0)
                {
                    continue;
                }

                foreach (var (minority, other) in new[] { (us, eu[0]), (eu, us[0]) })
                {
                    if (minority.Count > (ReferenceEquals(minority, us) ? eu.Count : us.Count))
                    {
                        continue;
                    }

                    foreach (var host in minority.Where(h => h.File.Path == path && reported.Add(h.Entry)))
                    {
                        report(Diagnostic.Create(
                            MixedDataCentersAnalyzer.Rule, host.File.LocationOf(host.Entry), new[] { other.File.LocationOf(other.Entry) },
                            $"'{host.Entry.Key}' ({host.Host})", Name(host.DataCenter), Name(other.DataCenter), $"'{other.Entry.Key}' ({other.Host})", environment.Describe()));
                    }
                }
            }
        }

        /// <summary>
        /// Each environment whose configured hosts all lie in one data centre, against a type whose code names hosts of
        /// the other only, in more places than the environment has hosts: the configuration is then the minority, and its
        /// hosts that lie in <paramref name="path"/> are reported once each, with the type's places as additional
        /// locations. With as many places or fewer, <see cref="MixedDataCentersAnalyzer"/> reports the code instead.
        /// </summary>
        private static void ReportAgainstCode(ProjectSettings settings, string path, HashSet<SettingEntry> reported,
            Func<DataCenter, List<(INamedTypeSymbol Type, TypeHostPlaces Places)>> codeTypes, Action<Diagnostic> report)
        {
            foreach (var environment in ConfiguredDataCenters.ByEnvironment(settings))
            {
                var dataCenter = environment.OnlyDataCenter;
                if (dataCenter == DataCenter.None || !environment.Hosts.Any(h => h.File.Path == path))
                {
                    continue;
                }

                // A type that names only the other data centre's hosts, in more places than this environment's files.
                var majority = codeTypes(dataCenter == DataCenter.Us ? DataCenter.Eu : DataCenter.Us)
                    .Select(t => (t.Type, Places: TypeHostPlaces.Places(t.Places.In(t.Places.OnlyDataCenter))))
                    .FirstOrDefault(t => t.Places.Count > environment.Hosts.Count);
                if (majority.Type is null)
                {
                    continue;
                }

                var first = majority.Places[0];
                var locations = majority.Places.Select(p => p.Syntax.GetLocation()).ToList();
                foreach (var host in environment.Hosts.Where(h => h.File.Path == path && reported.Add(h.Entry)))
                {
                    report(Diagnostic.Create(
                        MixedDataCentersAnalyzer.Rule, host.File.LocationOf(host.Entry), locations,
                        $"'{host.Entry.Key}' ({host.Host})", Name(dataCenter), Name(first.DataCenter),
                        $"{first.Host} ({majority.Places.Count} places)", $"the code of {majority.Type.Name}, compared with {environment.Describe()},"));
                }
            }
        }

        private static string Name(DataCenter dataCenter) => dataCenter == DataCenter.Eu ? "EU" : "US";

        // What replaces the committed value at run time without a change to the code that reads it.
        private static string Override(SettingsFile file, SettingEntry entry) => file.Kind == SettingsFileKind.Json
            ? $"{entry.Key.Replace(":", "__")}, or user secrets in development"
            : "an environment variable or a configuration builder";
    }
}
