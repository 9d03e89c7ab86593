using System.Linq;
using System.Text.RegularExpressions;
using CioAnalyzers.EndToEnd.Infrastructure;
using Xunit;

namespace CioAnalyzers.EndToEnd.Demo
{
    /// <summary>The demo's build ends with how many times each CIO rule fired, counted from what the compiler reported.</summary>
    [Collection(DemoBuildCollection.Name)]
    public class DemoRuleSummaryTests
    {
        private static readonly Regex Header = new(@"^\s*CIO rules fired in the last compile of the demo: (?<total>\d+) diagnostics of (?<rules>\d+) rules\s*$", RegexOptions.Multiline);

        private static readonly Regex RuleLine = new(@"^\s+(?<id>CIO\d{4}) x(?<count>\d+)\s+(?<title>\S.*?)\s*$", RegexOptions.Multiline);

        private readonly DemoBuild demo;

        public DemoRuleSummaryTests(DemoBuild demo) => this.demo = demo;

        [Fact]
        public void TheBuildCountsEachRuleThatFired()
        {
            Assert.True(demo.Build.ExitCode == 0, demo.Build.ToString());
            var header = Header.Match(demo.Build.Output);
            Assert.True(header.Success, "No rule summary in the build output.\n" + demo.Build);

            var reported = ReportedDiagnostic.In(demo.Build.Output).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
            var summary = RuleLine.Matches(demo.Build.Output[header.Index..])
                .ToDictionary(m => m.Groups["id"].Value, m => int.Parse(m.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.NotEmpty(reported);
            Assert.Equal(reported.OrderBy(p => p.Key), summary.OrderBy(p => p.Key));
            Assert.Equal(reported.Values.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), header.Groups["total"].Value);
            Assert.Equal(reported.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), header.Groups["rules"].Value);
        }
    }
}
