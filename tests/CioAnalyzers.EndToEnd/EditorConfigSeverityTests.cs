using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.EndToEnd.Infrastructure;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.EndToEnd
{
    /// <summary>
    /// Severities set as the docs pages say take effect in a consumer build. .editorconfig sections apply to C# files
    /// only: a diagnostic in an additional file (CustomerIo.Api.txt) takes its severity from a .globalconfig
    /// (https://github.com/dotnet/roslyn/issues/31916), so both are checked.
    /// </summary>
    [Collection(ConsumerCollection.Name)]
    public class EditorConfigSeverityTests
    {
        private readonly ConsumerSolution consumer;

        public EditorConfigSeverityTests(ConsumerSolution consumer) => this.consumer = consumer;

        [Fact]
        public async Task EditorConfigErrorFailsTheBuild()
        {
            var build = await BuildWithAsync(editorConfig: "error");

            Assert.True(build.ExitCode != 0, "The build passed with every rule set to error.\n" + build);
            var printed = ReportedDiagnostic.In(build.Output);
            AssertEveryRuleIsPrintedOnItsExample(printed, build);
            Assert.True(printed.Where(InCSharp).All(d => d.Severity == "error"), build.ToString());
        }

        [Fact]
        public async Task EditorConfigNoneSilencesTheRules()
        {
            var build = await BuildWithAsync(editorConfig: "none");

            Assert.True(build.ExitCode == 0, build.ToString());
            Assert.DoesNotContain(ReportedDiagnostic.In(build.Output), InCSharp);
        }

        [Fact]
        public async Task GlobalConfigErrorFailsTheBuildWhereverTheRuleReports()
        {
            var build = await BuildWithAsync(globalConfig: "error");

            Assert.True(build.ExitCode != 0, "The build passed with every rule set to error.\n" + build);
            var printed = ReportedDiagnostic.In(build.Output);
            AssertEveryRuleIsPrintedOnItsExample(printed, build);
            Assert.True(printed.All(d => d.Severity == "error"), build.ToString());
        }

        [Fact]
        public async Task GlobalConfigNoneSilencesTheRulesEverywhere()
        {
            var build = await BuildWithAsync(globalConfig: "none");

            Assert.True(build.ExitCode == 0, build.ToString());
            Assert.Empty(ReportedDiagnostic.In(build.Output));
        }

        private void AssertEveryRuleIsPrintedOnItsExample(System.Collections.Immutable.ImmutableHashSet<ReportedDiagnostic> printed, CommandResult build)
        {
            foreach (var descriptor in ShippedRules.Descriptors)
            {
                var files = RuleExamples.Files(consumer.Severities, descriptor.Id);
                Assert.True(printed.Any(d => d.Id == descriptor.Id && files.Contains(d.Path)), $"No {descriptor.Id} in {string.Join(" or ", files)}.\n{build}");
            }
        }

        private static bool InCSharp(ReportedDiagnostic diagnostic) => diagnostic.Path.EndsWith(".cs", StringComparison.Ordinal);

        /// <summary>Each test writes the one file it is about and removes the other, so test order does not matter.</summary>
        private Task<CommandResult> BuildWithAsync(string? editorConfig = null, string? globalConfig = null)
        {
            var project = consumer.Severities;
            var settings = string.Concat(ShippedRules.Descriptors.Select(d => $"dotnet_diagnostic.{d.Id}.severity = {editorConfig ?? globalConfig}\n"));
            project.Delete(".editorconfig");
            project.Delete(".globalconfig");
            if (editorConfig is not null)
            {
                project.Write(".editorconfig", "root = true\n\n[*.cs]\n" + settings);
            }
            else
            {
                project.Write(".globalconfig", "is_global = true\n\n" + settings);
            }

            return project.BuildAsync();
        }
    }
}
