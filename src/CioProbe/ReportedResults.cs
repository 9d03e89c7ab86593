using System.Collections.Concurrent;
using CioProbe.Reporting;

namespace CioProbe
{
    /// <summary>The results of a run as they arrive: made safe once, kept for the report and passed on to a progress observer.</summary>
    internal sealed class ReportedResults(SafeText safe, IProgress<CheckResult>? progress)
    {
        private readonly ConcurrentDictionary<string, CheckResult> results = new(StringComparer.Ordinal);

        public CheckResult Add(CheckResult result)
        {
            var shown = result with { Message = safe.Of(result.Message), Advice = safe.OfOrNull(result.Advice) };
            results[shown.Id] = shown;
            progress?.Report(shown);
            return shown;
        }

        /// <summary>Adds the results of <paramref name="check"/> when it ends, and returns its value unchanged.</summary>
        public async Task<T> AddWhenDone<T>(Task<T> check, Func<T, CheckResult[]> resultsOf)
        {
            var value = await check.ConfigureAwait(false);
            foreach (var result in resultsOf(value))
            {
                Add(result);
            }

            return value;
        }

        public CheckResult Get(string id) => results[id];
    }
}
