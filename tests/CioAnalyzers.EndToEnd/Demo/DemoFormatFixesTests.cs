using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CioAnalyzers.EndToEnd.Infrastructure;
using CioAnalyzers.Harness;
using Xunit;

namespace CioAnalyzers.EndToEnd.Demo
{
    /// <summary>
    /// The demo installing the packed package: `dotnet format analyzers docs/demo --diagnostics` with every CIO id fixes all
    /// that has a fix and breaks nothing. What is left is a rule without a fix, or a mistake whose comment says "No fix"
    /// (a case its rule's page names as having none).
    /// </summary>
    [Collection(ConsumerCollection.Name)]
    public class DemoFormatFixesTests
    {
        private static readonly Regex CompilerDiagnostic = new(@": (?:warning|error) (?<id>(?!CIO)[A-Z]+\d+):", RegexOptions.Compiled);

        private readonly ConsumerSolution consumer;

        public DemoFormatFixesTests(ConsumerSolution consumer) => this.consumer = consumer;

        [Fact]
        public async Task FormatLeavesOnlyWhatHasNoFix()
        {
            using var checkout = new DemoCheckout();
            checkout.UsePackage(consumer.Package);
            var before = await checkout.RunAsync("build", "docs/demo", "--no-incremental", "-nodeReuse:false");
            Assert.True(before.ExitCode == 0, before.ToString());
            Assert.Contains(DemoMistakes.Reported(checkout.Demo, before.Output), d => ShippedRules.HasFix(d.Id));

            var ids = ShippedRules.Descriptors.Select(d => d.Id).ToArray();
            var format = await checkout.RunAsync(new[] { "format", "analyzers", "docs/demo", "--diagnostics" }.Concat(ids).ToArray());
            Assert.True(format.ExitCode == 0, format.ToString());

            var after = await checkout.RunAsync("build", "docs/demo", "--no-incremental", "-nodeReuse:false");
            Assert.True(after.ExitCode == 0, "The formatted demo does not build.\n" + after);
            var newCompilerDiagnostics = CompilerIds(after.Output).Except(CompilerIds(before.Output)).ToList();
            Assert.True(newCompilerDiagnostics.Count == 0, "dotnet format brought compiler diagnostics: " + string.Join(", ", newCompilerDiagnostics) + "\n" + after);

            var commented = DemoMistakes.Commented(checkout.Demo);
            var noFix = DemoMistakes.SaidToHaveNoFix(checkout.Demo);
            var left = DemoMistakes.Reported(checkout.Demo, after.Output);
            var unexpected = left.Where(d => ShippedRules.HasFix(d.Id) && !noFix.Contains(d)).ToList();
            Assert.True(unexpected.Count == 0, "Left by dotnet format although their rule has a fix:\n" + DemoMistakes.List(unexpected) + "\n" + after);
            foreach (var id in noFix.Select(d => d.Id).Distinct())
            {
                Assert.True(RepositoryFiles.Read("docs", "rules", id + ".md").Contains("no fix", StringComparison.OrdinalIgnoreCase), $"The page of {id} names no case without a fix, but the demo says one has none.");
            }

            // Still each on the line below its comment: the fixes moved nothing they did not repair.
            var uncommented = left.Except(commented).ToList();
            Assert.True(uncommented.Count == 0, "Reported after dotnet format without a comment on the line above:\n" + DemoMistakes.List(uncommented) + "\n" + after);
        }

        private static System.Collections.Generic.HashSet<string> CompilerIds(string output)
            => CompilerDiagnostic.Matches(output).Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.Ordinal);
    }
}
