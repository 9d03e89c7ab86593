using System;
using System.Collections.Generic;
using System.Linq;

namespace CioAnalyzers.Benchmarks
{
    /// <summary>
    /// The median of paired differences (with minus without) and a distribution-free interval around it, both as a
    /// percentage of the median without. The interval runs from the k-th smallest to the k-th largest difference, with k
    /// the largest order that still covers the true median with at least 90% confidence (the sign test's binomial
    /// bound); with fewer than five pairs no order reaches 90% and the interval is the whole range, with its own coverage.
    /// A budget is met only when the whole interval lies under it, missed only when the whole interval lies over it:
    /// noisy pairs, or too few for 90%, say neither.
    /// </summary>
    internal sealed class PairedDifference
    {
        private const double WantedCoverage = 0.90;

        private PairedDifference(double percent, double lowPercent, double highPercent, double coverage, int pairs)
        {
            Percent = percent;
            LowPercent = lowPercent;
            HighPercent = highPercent;
            Coverage = coverage;
            Pairs = pairs;
        }

        public double Percent { get; }

        public double LowPercent { get; }

        public double HighPercent { get; }

        /// <summary>The probability that the interval holds the true median difference (0 with no pairs).</summary>
        public double Coverage { get; }

        public int Pairs { get; }

        public static PairedDifference Of(IReadOnlyList<double> with, IReadOnlyList<double> without)
        {
            var differences = with.Zip(without, (w, o) => w - o).OrderBy(d => d).ToList();
            var baseline = Median.Of(without);
            var n = differences.Count;
            if (n == 0 || baseline <= 0)
            {
                return new PairedDifference(0, 0, 0, 0, n);
            }

            // The interval [d(k), d(n-k+1)] misses the median when fewer than k differences fall on one side of it.
            var order = 1;
            while (order < n / 2 + 1 && 1 - 2 * BelowOrder(n, order + 1) >= WantedCoverage)
            {
                order++;
            }

            double Percent(double ms) => 100 * ms / baseline;
            return new PairedDifference(
                Percent(Median.Of(differences)),
                Percent(differences[order - 1]),
                Percent(differences[n - order]),
                1 - 2 * BelowOrder(n, order),
                n);
        }

        /// <summary>"met", "MISSED", or "unresolved" when the interval straddles the budget or covers less than 90%.</summary>
        public string VerdictAgainst(double budgetPercent)
            => Pairs == 0 ? "not measured"
                : Coverage < WantedCoverage ? "unresolved"
                : HighPercent <= budgetPercent ? "met"
                : LowPercent > budgetPercent ? "MISSED"
                : "unresolved";

        public string Describe()
            => FormattableString.Invariant($"median {Percent:F2}%, {Coverage * 100:F0}% interval {LowPercent:F2}% to {HighPercent:F2}% over {Pairs} pairs");

        /// <summary>P(X &lt; k) for X ~ Binomial(n, 1/2): fewer than k of n differences on one side of the median.</summary>
        private static double BelowOrder(int n, int k)
        {
            double sum = 0;
            double choose = 1;
            for (var i = 0; i < k; i++)
            {
                sum += choose;
                choose = choose * (n - i) / (i + 1);
            }

            return sum / Math.Pow(2, n);
        }
    }
}
