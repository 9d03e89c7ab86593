using System.Linq;
using System.Text.RegularExpressions;
using CioAnalyzers.EndToEnd.Infrastructure;
using Xunit;

namespace CioAnalyzers.EndToEnd.Demo
{
    /// <summary>
    /// `dotnet build docs/demo` shows what the demo says: each mistake's comment names the rules reported on the line below
    /// it, nothing is reported anywhere else, and the code the demo calls "done right" draws no warning.
    /// </summary>
    [Collection(DemoBuildCollection.Name)]
    public class DemoWarningsTests
    {
        private static readonly Regex OtherWarning = new(@"^.*: warning (?!CIO)[A-Z]+\d+: .*$", RegexOptions.Multiline);

        private readonly DemoBuild demo;

        public DemoWarningsTests(DemoBuild demo) => this.demo = demo;

        [Fact]
        public void EachCommentedRuleIsReportedOnTheLineBelowItsComment()
        {
            Assert.True(demo.Build.ExitCode == 0, demo.Build.ToString());
            var commented = DemoMistakes.Commented(demo.Checkout.Demo);
            Assert.NotEmpty(commented);
            var missing = commented.Except(DemoMistakes.Reported(demo.Checkout.Demo, demo.Build.Output));
            Assert.True(missing.Count == 0, "Commented in the demo but not reported on the line below:\n" + DemoMistakes.List(missing) + "\n" + demo.Build);
        }

        [Fact]
        public void NothingIsReportedWithoutAComment()
        {
            var reported = DemoMistakes.Reported(demo.Checkout.Demo, demo.Build.Output);
            Assert.NotEmpty(reported);
            var unexplained = reported.Except(DemoMistakes.Commented(demo.Checkout.Demo));
            Assert.True(unexplained.Count == 0, "Reported in the demo without a comment naming the rule on the line above:\n" + DemoMistakes.List(unexplained) + "\n" + demo.Build);

            var others = OtherWarning.Matches(demo.Build.Output).Select(m => m.Value.Trim()).Distinct().ToList();
            Assert.True(others.Count == 0, "The demo's build prints warnings of its own:\n" + string.Join("\n", others));
        }

        [Fact]
        public void DoneRightCodeIsClean()
        {
            var doneRight = DemoMistakes.DoneRight(demo.Checkout.Demo);
            Assert.True(doneRight.Length > 10, "The demo's correct code is expected in ...DoneRight methods and files.");
            var reported = DemoMistakes.Reported(demo.Checkout.Demo, demo.Build.Output);
            var commented = DemoMistakes.Commented(demo.Checkout.Demo);
            var flagged = reported.Concat(commented)
                .Where(line => doneRight.Any(span => span.File == line.File && span.FirstLine <= line.Line && line.Line <= span.LastLine))
                .Distinct()
                .ToList();
            Assert.True(flagged.Count == 0, "Warnings or mistakes in code the demo calls done right:\n" + DemoMistakes.List(flagged) + "\n" + demo.Build);
        }
    }
}
