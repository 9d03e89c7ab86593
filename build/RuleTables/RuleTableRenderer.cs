using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.RuleTables
{
    /// <summary>
    /// Renders the rules table from what the assemblies ship and writes it between the markers of a Markdown file.
    /// Shared by the tool that rewrites the files and by the test that fails when they drift.
    /// </summary>
    public static class RuleTableRenderer
    {
        public const string Begin = "<!-- rules:begin -->";

        public const string End = "<!-- rules:end -->";

        public const string RegenerateCommand = "dotnet run --project build/RuleTables";

        /// <summary>The files holding a rules table, from the repository root, and the folder of the rule pages as seen from each.</summary>
        public static ImmutableArray<(string Path, string PagesFolder)> Files { get; } = ImmutableArray.Create(
            ("README.md", "docs/rules/"),
            ("docs/rules/README.md", ""));

        /// <summary>
        /// Every descriptor supported by a [DiagnosticAnalyzer] of <paramref name="analyzers"/>, sorted by id, with "has a fix"
        /// from the FixableDiagnosticIds of every CodeFixProvider in <paramref name="codeFixes"/>.
        /// </summary>
        public static ImmutableArray<RuleRow> Rows(Assembly analyzers, Assembly codeFixes)
        {
            var fixable = Instantiate<CodeFixProvider>(codeFixes, t => true)
                .SelectMany(f => f.FixableDiagnosticIds)
                .ToImmutableHashSet(StringComparer.Ordinal);
            return Instantiate<DiagnosticAnalyzer>(analyzers, t => t.IsDefined(typeof(DiagnosticAnalyzerAttribute), inherit: false))
                .SelectMany(a => a.SupportedDiagnostics)
                .GroupBy(d => d.Id, StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(d => d.Id, StringComparer.Ordinal)
                .Select(d => new RuleRow(d.Id, d.Title.ToString(), d.Category, d.DefaultSeverity, fixable.Contains(d.Id)))
                .ToImmutableArray();
        }

        /// <summary>The Markdown table, lines separated by "\n", each id linked to its page under <paramref name="pagesFolder"/>.</summary>
        public static string Table(IEnumerable<RuleRow> rows, string pagesFolder)
            => string.Join("\n", new[] { "| Id | Title | Category | Default severity | Fix |", "|---|---|---|---|---|" }
                .Concat(rows.Select(r =>
                    $"| [{r.Id}]({pagesFolder}{r.Id}.md) | {Cell(r.Title)} | {Cell(r.Category)} | {r.DefaultSeverity} | {(r.HasFix ? "Yes" : "No")} |")));

        /// <summary>
        /// <paramref name="markdown"/> with everything between the markers replaced by <paramref name="table"/>, in the file's
        /// own line endings. Blank lines around the table keep every Markdown renderer from reading a marker into it.
        /// </summary>
        public static string Rewrite(string markdown, string table, string beginMarker = Begin, string endMarker = End)
        {
            var begin = markdown.IndexOf(beginMarker, StringComparison.Ordinal);
            var end = begin < 0 ? -1 : markdown.IndexOf(endMarker, begin, StringComparison.Ordinal);
            if (begin < 0 || end < 0)
            {
                throw new FormatException($"no '{beginMarker}' followed by '{endMarker}' to write the table between");
            }

            var newline = markdown.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            var block = newline + newline + table.Replace("\n", newline, StringComparison.Ordinal) + newline + newline;
            return markdown[..(begin + beginMarker.Length)] + block + markdown[end..];
        }

        /// <summary>A table cell's text: a '|' would end the cell.</summary>
        internal static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

        private static IEnumerable<T> Instantiate<T>(Assembly assembly, Func<Type, bool> include)
            => assembly.GetTypes()
                .Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null && include(t))
                .Select(t => (T)Activator.CreateInstance(t)!);
    }
}
