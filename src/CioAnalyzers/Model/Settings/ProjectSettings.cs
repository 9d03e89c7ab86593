using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Model.Settings
{
    /// <summary>
    /// The configuration files the project hands the analyzers (the package adds <c>appsettings*.json</c>,
    /// <c>Web*.config</c> and <c>App*.config</c> as additional files), each read once per text (see <see cref="ReadPerText{T}"/>).
    /// </summary>
    internal sealed class ProjectSettings
    {
        public static readonly ProjectSettings None = new(ImmutableArray<SettingsFile>.Empty);

        private static readonly ConditionalWeakTable<SettingsFile, ProjectSettings> ByFirstFile = new();

        private ProjectSettings(ImmutableArray<SettingsFile> files)
        {
            Files = files;
        }

        public ImmutableArray<SettingsFile> Files { get; }

        public static ProjectSettings Read(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var files = ImmutableArray.CreateBuilder<SettingsFile>();
            foreach (var file in options.AdditionalFiles)
            {
                if (SettingsFile.Read(file, cancellationToken) is { } read)
                {
                    files.Add(read);
                }
            }

            if (files.Count == 0)
            {
                return None;
            }

            // The same files (unchanged texts) give the same settings: what is derived from them is kept with them.
            var all = files.ToImmutable();
            var known = ByFirstFile.GetValue(all[0], _ => new ProjectSettings(all));
            return known.Files.SequenceEqual(all, ReferenceComparer<SettingsFile>.Instance) ? known : new ProjectSettings(all);
        }

        /// <summary>Every value a file gives <paramref name="key"/> (configuration keys are case-insensitive).</summary>
        public IEnumerable<(SettingsFile File, SettingEntry Entry)> ValuesOf(string key)
        {
            foreach (var file in Files)
            {
                foreach (var entry in file.Entries)
                {
                    if (string.Equals(entry.Key, key, StringComparison.OrdinalIgnoreCase))
                    {
                        yield return (file, entry);
                    }
                }
            }
        }

        /// <summary>
        /// What the files say about <paramref name="key"/>: set when a base file (<c>appsettings.json</c>, <c>Web.config</c>)
        /// or every environment's file gives it a value that is not blank; set in some environments only; blank when every
        /// file that names it leaves it blank; not set when none names it.
        /// </summary>
        public ConfiguredValue ValueOf(string key)
        {
            if (Files.IsEmpty)
            {
                return new ConfiguredValue(ConfiguredValueKind.NoFiles);
            }

            string? blankIn = null;
            string? setIn = null;
            var environmentsSetting = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (file, entry) in ValuesOf(key))
            {
                if (string.IsNullOrWhiteSpace(entry.Value))
                {
                    // The base file first: the one to correct for every environment.
                    blankIn = blankIn is null || file.Environment is null ? file.Name : blankIn;
                }
                else if (file.Environment is null)
                {
                    return new ConfiguredValue(ConfiguredValueKind.Set);
                }
                else
                {
                    environmentsSetting.Add(file.Environment);
                    setIn ??= file.Name;
                }
            }

            if (setIn is not null)
            {
                var environments = Files.Select(f => f.Environment).Where(e => e is not null).Distinct(StringComparer.OrdinalIgnoreCase).Count();
                return environmentsSetting.Count == environments
                    ? new ConfiguredValue(ConfiguredValueKind.Set)
                    : new ConfiguredValue(ConfiguredValueKind.SomeEnvironments, setIn);
            }

            return blankIn is null ? new ConfiguredValue(ConfiguredValueKind.NotSet) : new ConfiguredValue(ConfiguredValueKind.Blank, blankIn);
        }
    }
}
