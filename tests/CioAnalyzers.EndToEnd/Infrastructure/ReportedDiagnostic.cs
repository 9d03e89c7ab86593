using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;

namespace CioAnalyzers.EndToEnd.Infrastructure
{
    /// <summary>One CIO diagnostic as MSBuild and dotnet format print it: <c>path(line,column): severity id: message</c>.</summary>
    public sealed record ReportedDiagnostic(string Path, int Line, int Column, string Severity, string Id)
    {
        private static readonly Regex Printed = new(
            @"^\s*(?<path>.+?)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\): (?<severity>error|warning|info|hidden) (?<id>CIO\d{4}): ",
            RegexOptions.Multiline);

        /// <summary>Every distinct CIO diagnostic in the output (MSBuild repeats warnings in its summary).</summary>
        public static ImmutableHashSet<ReportedDiagnostic> In(string output)
            => Printed.Matches(output)
                .Select(m => new ReportedDiagnostic(
                    m.Groups["path"].Value,
                    int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    m.Groups["severity"].Value,
                    m.Groups["id"].Value))
                .ToImmutableHashSet();

        public override string ToString() => $"{Path}({Line},{Column}): {Severity} {Id}";

        public static string List(ImmutableHashSet<ReportedDiagnostic> diagnostics)
            => string.Join("\n", diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).Select(d => "  " + d));
    }
}
