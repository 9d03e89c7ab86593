using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.EndToEnd.Infrastructure;
using CioAnalyzers.Tests.Infrastructure;
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
            Assert.True(
                expected.SetEquals(printed),
                $"Expected (in-process):\n{ReportedDiagnostic.List(expected)}\nPrinted by the build:\n{ReportedDiagnostic.List(printed)}\n{build}");
        }

        [Theory]
        [MemberData(nameof(ShippedRules.Ids), MemberType = typeof(ShippedRules))]
        public async Task BuildPrintsTheRuleOnItsDocsExampleAndNotOnTheCompliantOne(string id)
        {
            var build = await consumer.ShopBuildAsync();
            var printed = ReportedDiagnostic.In(build.Output).Where(d => d.Id == id).ToList();
            var nonCompliant = Path.Combine(consumer.Shop.Folder, RuleExamples.NonCompliantFile(id));
            var compliant = Path.Combine(consumer.Shop.Folder, RuleExamples.CompliantFile(id));

            Assert.True(printed.Any(d => d.Path == nonCompliant && d.Line > 0), $"No {id} in {nonCompliant}.\n{build}");
            Assert.DoesNotContain(printed, d => d.Path == compliant);
        }
    }
}
