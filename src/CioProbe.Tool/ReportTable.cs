using System.Text;
using CioProbe.Reporting;

namespace CioProbe.Tool;

/// <summary>The default, human-readable output: one row per check, advice indented under it.</summary>
internal static class ReportTable
{
    private const int StatusWidth = 9;
    private const int IdWidth = 19;

    public static string Write(ProbeReport report, bool strict)
    {
        var text = new StringBuilder();
        text.AppendLine($"cio-probe  region {report.Region}  track {report.TrackUrl ?? "(invalid)"}  app {report.AppUrl ?? "(invalid)"}");
        text.AppendLine();
        text.AppendLine($"  {"STATUS".PadRight(StatusWidth)}{"CHECK".PadRight(IdWidth)}FINDING");
        foreach (var check in report.Checks)
        {
            var status = ProbeReportJson.StatusText(check.Status);
            text.AppendLine($"  {(check.Status == CheckStatus.Fail ? "FAIL" : status).PadRight(StatusWidth)}{check.Id.PadRight(IdWidth)}{check.Message}");
            if (check.Advice is not null)
            {
                text.AppendLine($"  {new string(' ', StatusWidth + IdWidth)}-> {check.Advice}");
            }
        }

        text.AppendLine();
        text.AppendLine(
            $"{report.Count(CheckStatus.Fail)} failed, {report.Count(CheckStatus.Warn)} warned, {report.Count(CheckStatus.Ok)} ok, {report.Count(CheckStatus.Skipped)} skipped " +
            FormattableString.Invariant($"in {report.Duration.TotalSeconds:0.0} s; exit code {report.ExitCode(strict)}{(strict ? " (strict)" : string.Empty)}."));
        return text.ToString();
    }
}
