using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.EndToEnd.Infrastructure;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.EndToEnd
{
    /// <summary>.editorconfig severities from the package's docs pages take effect in a consumer build.</summary>
    [Collection(ConsumerCollection.Name)]
    public class EditorConfigSeverityTests
    {
        private readonly ConsumerSolution consumer;

        public EditorConfigSeverityTests(ConsumerSolution consumer) => this.consumer = consumer;

        [Fact]
        public async Task SeverityErrorFailsTheBuild()
        {
            var project = consumer.Severities;
            WriteEditorConfig(project, "error");

            var build = await project.BuildAsync();

            Assert.True(build.ExitCode != 0, "The build passed with every rule set to error.\n" + build);
            var printed = ReportedDiagnostic.In(build.Output);
            foreach (var descriptor in ShippedRules.Descriptors)
            {
                var example = Path.Combine(project.Folder, RuleExamples.NonCompliantFile(descriptor.Id));
                Assert.True(
                    printed.Any(d => d.Id == descriptor.Id && d.Severity == "error" && d.Path == example),
                    $"No error {descriptor.Id} in {example}.\n{build}");
            }

            Assert.DoesNotContain(printed, d => d.Severity != "error");
        }

        [Fact]
        public async Task SeverityNoneSilencesTheRule()
        {
            var project = consumer.Severities;
            WriteEditorConfig(project, "none");

            var build = await project.BuildAsync();

            Assert.True(build.ExitCode == 0, build.ToString());
            Assert.Empty(ReportedDiagnostic.In(build.Output));
        }

        private static void WriteEditorConfig(ConsumerProject project, string severity)
            => project.Write(".editorconfig", "root = true\n\n[*.cs]\n" + string.Concat(
                ShippedRules.Descriptors.Select(d => $"dotnet_diagnostic.{d.Id}.severity = {severity}\n")));
    }
}
