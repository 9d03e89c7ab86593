using System.Globalization;
using CioProbe.Reporting;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CioProbe.Tool
{
    /// <summary>The default, human-readable output: one row per check, advice under its finding, then a summary line.</summary>
    /// <remarks>Every finding is a <see cref="Text"/>, never markup: square brackets in an echoed answer stay text.</remarks>
    internal static class ReportTable
    {
        // boxed: borders for a terminal; plain columns for a file or a pipe, where borders are only noise to a search.
        public static void Write(IAnsiConsole console, ProbeReport report, bool strict, IReadOnlyList<string> sources, bool boxed)
        {
            console.Write(new Text($"cio-probe  region {report.Region}  track {report.TrackUrl ?? "(invalid)"}  app {report.AppUrl ?? "(invalid)"}", new Style(decoration: Decoration.Bold)));
            console.WriteLine();
            if (sources.Count > 0)
            {
                console.Write(new Text($"settings from {string.Join(", then ", sources)}", Dim));
                console.WriteLine();
            }

            var table = new Table { Border = boxed ? TableBorder.Rounded : TableBorder.None, ShowHeaders = true };
            table.AddColumn(new TableColumn("STATUS").NoWrap());
            table.AddColumn(new TableColumn("CHECK").NoWrap());
            table.AddColumn(new TableColumn("FINDING"));
            foreach (var check in report.Checks)
            {
                IRenderable finding = check.Advice is null
                    ? new Text(check.Message)
                    : new Rows(new Text(check.Message), new Text($"-> {check.Advice}", Dim));
                table.AddRow(new Text(StatusText(check.Status), StatusStyle(check.Status)), new Text(check.Id), finding);
            }

            console.Write(table);
            var summary = string.Create(
                CultureInfo.InvariantCulture,
                $"{report.Count(CheckStatus.Fail)} failed, {report.Count(CheckStatus.Warn)} warned, {report.Count(CheckStatus.Ok)} ok, {report.Count(CheckStatus.Skipped)} skipped " +
                $"in {report.Duration.TotalSeconds:0.0} s; exit code {report.ExitCode(strict)}{(strict ? " (strict)" : string.Empty)}.");
            var exitCode = report.ExitCode(strict);
            console.Write(new Text(summary, exitCode == 0 ? StatusStyle(CheckStatus.Ok) : StatusStyle(CheckStatus.Fail)));
            console.WriteLine();
        }

        /// <summary>A failure is in capitals, so it stands out without colour too.</summary>
        public static string StatusText(CheckStatus status) =>
            status == CheckStatus.Fail ? "FAIL" : ProbeReportJson.StatusText(status);

        public static Style StatusStyle(CheckStatus status) => status switch
        {
            CheckStatus.Ok => new Style(Color.Green),
            CheckStatus.Warn => new Style(Color.Yellow),
            CheckStatus.Fail => new Style(Color.Red, decoration: Decoration.Bold),
            _ => Dim,
        };

        private static Style Dim => new(Color.Grey);
    }
}
