using CioProbe.Reporting;

namespace CioProbe.Tests
{
    /// <summary>Everything the probe printed or returned during a scenario, with the credentials it was given; on only inside <see cref="Start"/>.</summary>
    public static class OutputLog
    {
        private static readonly AsyncLocal<List<RecordedOutput>?> Current = new();

        /// <summary>Records what the scenarios run in this async flow print, until disposed.</summary>
        public static IDisposable Start(out List<RecordedOutput> log)
        {
            log = [];
            Current.Value = log;
            return new Stop();
        }

        public static void Record(string source, string output, params string?[] secrets)
        {
            var log = Current.Value;
            if (log is not null)
            {
                lock (log)
                {
                    log.Add(new RecordedOutput(source, output, secrets));
                }
            }
        }

        /// <summary>The library's report in the form a caller would print it, with the credentials of <paramref name="options"/>.</summary>
        public static void Record(ProbeReport report, CustomerIoProbeOptions options) =>
            Record("library report", ProbeReportJson.Write(report) + "\n" + string.Join("\n", report.Checks.Select(c => $"{c.Message} {c.Advice}")), options.SiteId, options.TrackApiKey, options.AppApiKey);

        private sealed class Stop : IDisposable
        {
            public void Dispose() => Current.Value = null;
        }
    }

    /// <summary>One output: where it came from, what it said, and the site id, Track key and App key (then any others) in play.</summary>
    public sealed record RecordedOutput(string Source, string Output, string?[] Secrets);

    /// <summary>Runs the library in-process and records its report for the secret-leak test.</summary>
    public static class LibraryRun
    {
        public static async Task<ProbeReport> RunAsync(CustomerIoProbeOptions options)
        {
            var report = await CustomerIoProbe.RunAsync(options);
            OutputLog.Record(report, options);
            return report;
        }
    }
}
