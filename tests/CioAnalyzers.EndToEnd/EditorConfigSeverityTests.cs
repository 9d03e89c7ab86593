using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.EndToEnd.Infrastructure;
using CioAnalyzers.Harness;
using Xunit;

namespace CioAnalyzers.EndToEnd
{
    /// <summary>
    /// Severities set as the docs pages say take effect in a consumer build: one rule raised to error, every other
    /// one set to none. .editorconfig sections apply to C# files only: a diagnostic in an additional file
    /// (CustomerIo.Api.txt) takes its severity from a .globalconfig (https://github.com/dotnet/roslyn/issues/31916),
    /// so both are checked.
    /// </summary>
    [Collection(ConsumerCollection.Name)]
    public class EditorConfigSeverityTests
    {
        private readonly ConsumerSolution consumer;

        public EditorConfigSeverityTests(ConsumerSolution consumer) => this.consumer = consumer;

        [Theory]
        [MemberData(nameof(ShippedRules.Ids), MemberType = typeof(ShippedRules))]
        public async Task EditorConfigErrorFailsTheBuildAndNoneSilences(string id)
        {
            var (build, printed) = await BuildWithAsync(".editorconfig", "root = true\n\n[*.cs]\n", id);

            AssertPrintedOnItsExample(id, printed, build);
            var inCSharp = printed.Where(d => d.Path.EndsWith(".cs", StringComparison.Ordinal)).ToList();
            Assert.True(inCSharp.All(d => d.Id == id && d.Severity == "error"), $"Only error {id} may be printed in C# files.\n{build}");
            Assert.True((build.ExitCode != 0) == printed.Any(d => d.Severity == "error"), $"The exit code does not follow the errors.\n{build}");
        }

        [Theory]
        [MemberData(nameof(ShippedRules.Ids), MemberType = typeof(ShippedRules))]
        public async Task GlobalConfigErrorFailsTheBuildAndNoneSilencesEverywhere(string id)
        {
            var (build, printed) = await BuildWithAsync(".globalconfig", "is_global = true\n\n", id);

            AssertPrintedOnItsExample(id, printed, build);
            Assert.True(printed.All(d => d.Id == id && d.Severity == "error"), $"Only error {id} may be printed.\n{build}");
            Assert.True(build.ExitCode != 0, $"The build passed with {id} set to error.\n{build}");
        }

        private void AssertPrintedOnItsExample(string id, ImmutableHashSet<ReportedDiagnostic> printed, CommandResult build)
        {
            var files = RuleExamples.Files(consumer.Severities, id);
            Assert.True(printed.Any(d => d.Id == id && files.Contains(d.Path)), $"No {id} in {string.Join(" or ", files)}.\n{build}");
        }

        /// <summary>Writes <paramref name="file"/> with <paramref name="id"/> at error and every other rule at none, removing the other kind of file.</summary>
        private async Task<(CommandResult Build, ImmutableHashSet<ReportedDiagnostic> Printed)> BuildWithAsync(string file, string header, string id)
        {
            var project = consumer.Severities;
            project.Delete(".editorconfig");
            project.Delete(".globalconfig");
            project.Write(file, header + string.Concat(
                ShippedRules.Descriptors.Select(d => $"dotnet_diagnostic.{d.Id}.severity = {(d.Id == id ? "error" : "none")}\n")));

            var build = await project.BuildAsync();
            return (build, ReportedDiagnostic.In(build.Output));
        }
    }
}
