using System.Collections.Generic;
using System.Linq;

namespace CioAnalyzers.Benchmarks
{
    internal static class Median
    {
        public static double Of(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            if (sorted.Count == 0)
            {
                return 0;
            }

            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        /// <summary>The value at or below which <paramref name="percent"/> percent of the values lie (nearest rank).</summary>
        public static double Percentile(IEnumerable<double> values, int percent)
        {
            var sorted = values.OrderBy(v => v).ToList();
            if (sorted.Count == 0)
            {
                return 0;
            }

            var rank = (int)System.Math.Ceiling(percent / 100.0 * sorted.Count);
            return sorted[System.Math.Clamp(rank, 1, sorted.Count) - 1];
        }
    }
}
