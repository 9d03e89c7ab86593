using CioAnalyzers.Benchmarks;
using Xunit;

namespace CioAnalyzers.Tests.Benchmarks
{
    /// <summary>B's verdict: met or missed only when the pairs' interval lies wholly on one side of the budget.</summary>
    public class PairedDifferenceTests
    {
        private static readonly double[] Without = { 100, 100, 100, 100, 100 };

        [Fact]
        public void FivePairsGiveTheirWholeRangeAt94Percent()
        {
            var difference = PairedDifference.Of(new double[] { 103, 98, 101, 110, 99 }, Without);

            Assert.Equal(1.0, difference.Percent, 6);
            Assert.Equal(-2.0, difference.LowPercent, 6);
            Assert.Equal(10.0, difference.HighPercent, 6);
            Assert.Equal(1 - 2 / 32.0, difference.Coverage, 6);
            Assert.Equal("unresolved", difference.VerdictAgainst(1.0));
        }

        [Fact]
        public void AnIntervalWhollyUnderOrOverTheBudgetDecides()
        {
            Assert.Equal("met", PairedDifference.Of(new double[] { 100.5, 99.8, 100.2, 100.9, 100.1 }, Without).VerdictAgainst(1.0));
            Assert.Equal("MISSED", PairedDifference.Of(new double[] { 102, 103, 101.5, 108, 104 }, Without).VerdictAgainst(1.0));
        }

        [Fact]
        public void TenPairsDropTheOutermostDifferenceOnEachSide()
        {
            var with = new double[] { 130, 100.1, 100.2, 100.3, 100.4, 100.5, 100.6, 100.7, 100.8, 70 };
            var difference = PairedDifference.Of(with, new double[] { 100, 100, 100, 100, 100, 100, 100, 100, 100, 100 });

            // P(fewer than 2 of 10 on one side) = 11/1024 per side; 3 would cover only 89%.
            Assert.Equal(1 - 22 / 1024.0, difference.Coverage, 6);
            Assert.Equal(0.1, difference.LowPercent, 6);
            Assert.Equal(0.8, difference.HighPercent, 6);
            Assert.Equal("met", difference.VerdictAgainst(1.0));
        }

        [Fact]
        public void FewerThanFivePairsNeverDecide()
        {
            var difference = PairedDifference.Of(new double[] { 120, 121, 119 }, new double[] { 100, 100, 100 });

            Assert.Equal(0.75, difference.Coverage, 6);
            Assert.Equal("unresolved", difference.VerdictAgainst(1.0));
            Assert.Equal("not measured", PairedDifference.Of(new double[0], new double[0]).VerdictAgainst(1.0));
        }
    }
}
