using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.EndToEnd.Infrastructure;
using CioAnalyzers.Harness;
using Xunit;

namespace CioAnalyzers.EndToEnd
{
    /// <summary>dotnet format finds and applies the package's fixes, and the fixed project compiles clean.</summary>
    [Collection(ConsumerCollection.Name)]
    public class FormatTests
    {
        private readonly ConsumerSolution consumer;

        public FormatTests(ConsumerSolution consumer) => this.consumer = consumer;

        [Fact]
        public async Task FormatReportsThenFixesEveryFixableRule()
        {
            var project = consumer.Fixable;
            var fixable = ShippedRules.Descriptors.Select(d => d.Id).Where(ShippedRules.HasFix).ToArray();
            Assert.NotEmpty(fixable);

            var verify = await project.FormatAsync("--verify-no-changes");
            Assert.True(verify.ExitCode != 0, "--verify-no-changes passed on code with fixable diagnostics.\n" + verify);
            var reported = ReportedDiagnostic.In(verify.Output);
            foreach (var id in fixable)
            {
                var example = Path.Combine(project.Folder, RuleExamples.CodeFile(id));
                Assert.True(reported.Any(d => d.Id == id && d.Path == example), $"--verify-no-changes did not report {id} in {example}.\n{verify}");
            }

            var before = fixable.ToDictionary(id => id, id => File.ReadAllText(Path.Combine(project.Folder, RuleExamples.CodeFile(id))));
            var format = await project.FormatAsync(new[] { "--diagnostics" }.Concat(fixable).ToArray());
            Assert.True(format.ExitCode == 0, format.ToString());
            foreach (var id in fixable)
            {
                Assert.NotEqual(before[id], File.ReadAllText(Path.Combine(project.Folder, RuleExamples.CodeFile(id))));
            }

            var build = await project.BuildAsync();
            Assert.True(build.ExitCode == 0, "The fixed project does not compile.\n" + build);
            // Each rule's fix clears its own example; another rule's diagnostic in that file (an unchecked response in the
            // example of an unescaped id, say) may have no fix in that form, and its own example is checked on its own.
            var left = ReportedDiagnostic.In(build.Output)
                .Where(d => fixable.Contains(d.Id) && d.Path == Path.Combine(project.Folder, RuleExamples.CodeFile(d.Id)))
                .ToList();
            Assert.True(left.Count == 0, "Diagnostics left after dotnet format:\n" + string.Join("\n", left) + "\n" + build);
        }
    }
}
