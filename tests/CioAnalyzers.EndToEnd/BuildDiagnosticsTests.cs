using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.EndToEnd.Infrastructure;
using CioAnalyzers.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CioAnalyzers.EndToEnd
{
    /// <summary>dotnet build of a project that installs the package prints every rule's diagnostics with file and line.</summary>
    [Collection(ConsumerCollection.Name)]
    public class BuildDiagnosticsTests
    {
        private readonly ConsumerSolution consumer;

        public BuildDiagnosticsTests(ConsumerSolution consumer) => this.consumer = consumer;

        [Fact]
        public async Task BuildPrintsWhatTheAnalyzersReportInProcess()
        {
            var build = await consumer.ShopBuildAsync();
            Assert.True(build.ExitCode == 0, build.ToString());

            var expected = await InProcessAnalysis.DiagnosticsAsync(consumer.Shop, OutputKind.ConsoleApplication);
            var printed = ReportedDiagnostic.In(build.Output);
            Assert.NotEmpty(printed);
            Assert.True(
                expected.SetEquals(printed),
                $"Expected (in-process):\n{ReportedDiagnostic.List(expected)}\nPrinted by the build:\n{ReportedDiagnostic.List(printed)}\n{build}");
        }

        [Theory]
        [MemberData(nameof(ShippedRules.Ids), MemberType = typeof(ShippedRules))]
        public async Task BuildPrintsTheRuleOnItsDocsExample(string id)
        {
            var build = await consumer.ShopBuildAsync();
            var files = RuleExamples.Files(consumer.Shop, id);
            Assert.True(
                ReportedDiagnostic.In(build.Output).Any(d => d.Id == id && files.Contains(d.Path) && d.Line > 0),
                $"No {id} with a line in {string.Join(" or ", files)}.\n{build}");
        }
    }
}
