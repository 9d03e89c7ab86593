using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CioAnalyzers.Model.Settings
{
    /// <summary>A configuration file of the project, read into its flattened entries.</summary>
    internal sealed class SettingsFile
    {
        private static readonly ReadPerText<SettingsFile> Readings = new(Parse);

        private SettingsFile(string path, SettingsFileKind kind, string? environment, SourceText text, ImmutableArray<SettingEntry> entries)
        {
            Path = path;
            Kind = kind;
            Environment = environment;
            Text = text;
            Entries = entries;
        }

        public string Path { get; }

        public string Name => System.IO.Path.GetFileName(Path);

        public SettingsFileKind Kind { get; }

        /// <summary>The environment of <c>appsettings.Production.json</c> or <c>Web.Release.config</c>; null for the base file.</summary>
        public string? Environment { get; }

        public SourceText Text { get; }

        public ImmutableArray<SettingEntry> Entries { get; }

        /// <summary>Where <paramref name="entry"/>'s value is written, for a diagnostic in this file.</summary>
        public Location LocationOf(SettingEntry entry) => Location.Create(Path, entry.Span, Text.Lines.GetLinePositionSpan(entry.Span));

        /// <summary>
        /// The file read, or null when it is not a configuration file or cannot be parsed (a file being edited is often
        /// broken for a moment: it is skipped, never an error of the analyzers).
        /// </summary>
        public static SettingsFile? Read(AdditionalText file, CancellationToken cancellationToken)
            => KindOf(file.Path, out _) is null ? null : Readings.Of(file, cancellationToken);

        private static SettingsFile? Parse(string path, SourceText text)
        {
            if (KindOf(path, out var environment) is not { } kind)
            {
                return null;
            }

            var entries = kind == SettingsFileKind.Json ? JsonSettingsReader.Read(text.ToString()) : XmlSettingsReader.Read(text);
            return entries is null ? null : new SettingsFile(path, kind, environment, text, entries.Value);
        }

        /// <summary>
        /// The kind of configuration file <paramref name="path"/> names (<c>appsettings[.Env].json</c>,
        /// <c>Web[.Env].config</c>, <c>App[.Env].config</c>, in any case), with its environment; null for any other file.
        /// </summary>
        public static SettingsFileKind? KindOf(string path, out string? environment)
        {
            environment = null;
            var name = System.IO.Path.GetFileName(path);
            if (Matches(name, "appsettings", ".json", out environment))
            {
                return SettingsFileKind.Json;
            }

            return Matches(name, "web", ".config", out environment) || Matches(name, "app", ".config", out environment)
                ? SettingsFileKind.Xml
                : null;
        }

        private static bool Matches(string name, string stem, string extension, out string? environment)
        {
            environment = null;
            if (!name.StartsWith(stem, StringComparison.OrdinalIgnoreCase) || !name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)
                || name.Length < stem.Length + extension.Length)
            {
                return false;
            }

            var middle = name.Substring(stem.Length, name.Length - stem.Length - extension.Length);
            if (middle.Length == 0)
            {
                return true;
            }

            // appsettings.Production.json: one dot, then a name; anything else (appsettings-old.json) is another file.
            if (middle[0] != '.' || middle.Length == 1 || middle.IndexOf('.', 1) >= 0)
            {
                return false;
            }

            environment = middle.Substring(1);
            return true;
        }
    }
}
