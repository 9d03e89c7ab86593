using Spectre.Console;

namespace CioProbe.Tool
{
    /// <summary>
    /// The live line on stderr while checks run: which are done (with their status) and which are still going.
    /// Only check ids and statuses are shown, never findings, so nothing on it needs masking.
    /// </summary>
    internal sealed class ProgressLine : IProgress<CheckResult>
    {
        private readonly Dictionary<string, CheckStatus> done = new(StringComparer.Ordinal);
        private StatusContext? context;

        /// <summary>Runs <paramref name="run"/> with this line shown on <paramref name="console"/> until it ends.</summary>
        public static Task<T> ShowWhileAsync<T>(IAnsiConsole console, Func<IProgress<CheckResult>, Task<T>> run)
        {
            var line = new ProgressLine();
            return console.Status()
                .Spinner(Spinner.Known.Dots)
                .StartAsync(line.Text(), context =>
                {
                    lock (line.done)
                    {
                        line.context = context;
                    }

                    return run(line);
                });
        }

        public void Report(CheckResult value)
        {
            lock (this.done)
            {
                this.done[value.Id] = value.Status;
                this.context?.Status(Text());
            }
        }

        // Called under the lock, or before the line is shared. Done checks are coloured by their status.
        private string Text()
        {
            var running = CheckIds.All.Where(id => !this.done.ContainsKey(id)).ToList();
            var done = CheckIds.All.Where(this.done.ContainsKey)
                .Select(id => $"[{ReportTable.StatusStyle(this.done[id]).ToMarkup()}]{Markup.Escape(id)}[/]")
                .ToList();
            var text = running.Count > 0 ? $"running {Markup.Escape(string.Join(", ", running))}" : "all checks done";
            return done.Count > 0 && running.Count > 0 ? $"{text} [grey]|[/] done {string.Join(", ", done)}" : text;
        }
    }
}
