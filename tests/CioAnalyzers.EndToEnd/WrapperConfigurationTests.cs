using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.EndToEnd.Infrastructure;
using Xunit;

namespace CioAnalyzers.EndToEnd
{
    /// <summary>A CustomerIo.Api.txt wrapper file (AdditionalFiles) extends the rules to a team's own Customer.io gateway.</summary>
    [Collection(ConsumerCollection.Name)]
    public class WrapperConfigurationTests
    {
        private readonly ConsumerSolution consumer;

        public WrapperConfigurationTests(ConsumerSolution consumer) => this.consumer = consumer;

        [Fact]
        public async Task RulesFireAtTheWrapperCallSitesAndBrokenEntriesAreReportedOnTheirLines()
        {
            var project = consumer.Wrapper;
            var build = await project.BuildAsync();
            Assert.True(build.ExitCode == 0, build.ToString());
            var printed = ReportedDiagnostic.In(build.Output);

            var callingCode = Path.Combine(project.Folder, WrapperFiles.CallingCode);
            var atCallSites = printed.Where(d => d.Path == callingCode).Select(d => (d.Line, d.Id)).ToHashSet();
            Assert.True(
                atCallSites.SetEquals(WrapperFiles.ExpectedAtCallSites),
                $"Expected at {WrapperFiles.CallingCode}: {string.Join(", ", WrapperFiles.ExpectedAtCallSites.OrderBy(x => x.Line))}\n{build}");

            var apiFile = Path.Combine(project.Folder, WrapperFiles.ApiFile);
            var reportedLines = printed.Where(d => d.Id == "CIO0001" && d.Path == apiFile).Select(d => d.Line).OrderBy(l => l);
            Assert.True(
                reportedLines.SequenceEqual(WrapperFiles.BrokenLines),
                $"Expected CIO0001 on lines {string.Join(", ", WrapperFiles.BrokenLines)} of {WrapperFiles.ApiFile}.\n{build}");
        }

        [Fact]
        public async Task WithoutTheWrapperFileTheCallSitesAreSilent()
        {
            var project = consumer.Wrapper;
            var build = await project.BuildAsync(WrapperFiles.WithoutApiFile);
            Assert.True(build.ExitCode == 0, build.ToString());
            Assert.Empty(ReportedDiagnostic.In(build.Output));
        }
    }
}
