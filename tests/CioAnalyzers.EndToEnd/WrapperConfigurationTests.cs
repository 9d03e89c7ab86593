using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.EndToEnd.Infrastructure;
using CioAnalyzers.Harness;
using Xunit;

namespace CioAnalyzers.EndToEnd
{
    /// <summary>A CustomerIo.Api.txt wrapper file extends the rules to a team's own Customer.io gateway, listed in the project or not.</summary>
    [Collection(ConsumerCollection.Name)]
    public class WrapperConfigurationTests
    {
        private readonly ConsumerSolution consumer;

        public WrapperConfigurationTests(ConsumerSolution consumer) => this.consumer = consumer;

        /// <summary>Wrapper lists the file as an AdditionalFiles item; ImplicitWrapper only has the file, which the package adds.</summary>
        public static TheoryData<string> Projects => new() { "Wrapper", "ImplicitWrapper" };

        [Theory]
        [MemberData(nameof(Projects))]
        public async Task RulesFireAtTheWrapperCallSitesAndBrokenEntriesAreReportedOnTheirLines(string name)
        {
            var project = Project(name);
            var build = await project.BuildAsync();
            Assert.True(build.ExitCode == 0, build.ToString());
            var printed = ReportedDiagnostic.In(build.Output);

            AssertCallSites(project, printed, withApiFile: true, build);

            var apiFile = Path.Combine(project.Folder, WrapperFiles.ApiFile);
            var reportedLines = printed.Where(d => d.Id == "CIO0001" && d.Path == apiFile).Select(d => d.Line).OrderBy(l => l);
            Assert.True(
                reportedLines.SequenceEqual(WrapperFiles.BrokenLines),
                $"Expected CIO0001 on lines {string.Join(", ", WrapperFiles.BrokenLines)} of {WrapperFiles.ApiFile}.\n{build}");
        }

        [Theory]
        [MemberData(nameof(Projects))]
        public async Task WithoutTheWrapperFileDirectCallsAndInferredWrappersAreReported(string name)
        {
            var project = Project(name);
            var build = await project.BuildAsync(WrapperFiles.WithoutApiFile);
            Assert.True(build.ExitCode == 0, build.ToString());
            AssertCallSites(project, ReportedDiagnostic.In(build.Output), withApiFile: false, build);
        }

        private ConsumerProject Project(string name) => name == consumer.Wrapper.Name ? consumer.Wrapper : consumer.ImplicitWrapper;

        private static void AssertCallSites(ConsumerProject project, ImmutableHashSet<ReportedDiagnostic> printed, bool withApiFile, CommandResult build)
        {
            var expected = WrapperFiles.ExpectedAtCallSites(withApiFile);
            Assert.NotEmpty(expected);
            var callingCode = Path.Combine(project.Folder, WrapperFiles.CallingCode);
            var atCallSites = printed.Where(d => d.Path == callingCode).Select(d => (d.Line, d.Id)).ToHashSet();
            Assert.True(
                atCallSites.SetEquals(expected),
                $"Expected at {WrapperFiles.CallingCode}: {string.Join(", ", expected.OrderBy(x => x.Line))}\n{build}");
        }
    }
}
