using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CioAnalyzers.EndToEnd.Infrastructure;
using Xunit;

namespace CioAnalyzers.EndToEnd
{
    /// <summary>
    /// The package's build props add CustomerIo.Api.txt as an additional file exactly once: for command-line builds, for
    /// design-time builds (the IDE, dotnet format), and when the project lists the file itself too.
    /// </summary>
    [Collection(ConsumerCollection.Name)]
    public class ApiFileItemTests
    {
        private readonly ConsumerSolution consumer;

        public ApiFileItemTests(ConsumerSolution consumer) => this.consumer = consumer;

        public static TheoryData<string> Projects => WrapperConfigurationTests.Projects;

        [Fact]
        public async Task WithAnExplicitItemTooEachDiagnosticIsPrintedOnce()
        {
            var project = consumer.Wrapper;
            var build = await project.BuildAsync();
            Assert.True(build.ExitCode == 0, build.ToString());

            // MSBuild prints each warning where it happens, then again in its summary: count the first printing only.
            var summary = build.Output.IndexOf("Build succeeded.", StringComparison.Ordinal);
            Assert.True(summary > 0, build.ToString());
            var printed = Regex.Matches(build.Output[..summary], @"^.*: warning CIO\d{4}: .*$", RegexOptions.Multiline)
                .Select(m => m.Value.Trim())
                .ToList();
            Assert.NotEmpty(printed);
            var repeated = printed.GroupBy(l => l).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(repeated.Count == 0, "Printed more than once:\n" + string.Join("\n", repeated) + "\n" + build);

            var fileWarnings = Regex.Matches(build.Output, @"^.*: warning (?!CIO)\w+: .*(CustomerIo\.Api\.txt|AdditionalFiles).*$", RegexOptions.Multiline);
            Assert.True(fileWarnings.Count == 0, "The build warns about the API file item:\n" + build);
        }

        [Theory]
        [MemberData(nameof(Projects))]
        public async Task DesignTimeBuildPassesTheApiFileOnce(string name)
        {
            var project = name == consumer.Wrapper.Name ? consumer.Wrapper : consumer.ImplicitWrapper;
            var (result, arguments) = await project.DesignTimeCompilerArgumentsAsync();
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.NotEmpty(arguments);

            const string Switch = "/additionalfile:";
            var apiFile = Path.Combine(project.Folder, WrapperFiles.ApiFile);
            var passed = arguments
                .Where(a => a.StartsWith(Switch, StringComparison.OrdinalIgnoreCase))
                .Select(a => Path.GetFullPath(a[Switch.Length..].Trim('"'), project.Folder))
                .Count(p => p == apiFile);
            Assert.True(passed == 1, $"{WrapperFiles.ApiFile} is passed {passed} times:\n{string.Join("\n", arguments)}");
        }

        [Fact]
        public async Task FormatReadsTheApiFileTheProjectDoesNotList()
        {
            var project = consumer.ImplicitWrapper;
            var throughApiFile = WrapperFiles.ExpectedAtCallSites(withApiFile: true)
                .Except(WrapperFiles.ExpectedAtCallSites(withApiFile: false))
                .Where(x => x.Id == "CIO1002")
                .ToList();
            Assert.NotEmpty(throughApiFile);

            var verify = await project.FormatAsync("--verify-no-changes", "--diagnostics", "CIO1002");
            var callingCode = Path.Combine(project.Folder, WrapperFiles.CallingCode);
            var reported = ReportedDiagnostic.In(verify.Output).Where(d => d.Path == callingCode).Select(d => (d.Line, d.Id)).ToHashSet();
            Assert.True(reported.IsSupersetOf(throughApiFile), $"Expected CIO1002 at {string.Join(", ", throughApiFile)}.\n{verify}");
        }
    }
}
