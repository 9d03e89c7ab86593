using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.EndToEnd.Infrastructure;
using Xunit;

namespace CioAnalyzers.EndToEnd.Demo
{
    /// <summary>The demo is a consumer of the client libraries: formatting it changes files of the demo and nothing else.</summary>
    public class DemoFormatScopeTests
    {
        [Fact]
        public async Task FormattingTheDemoAtInfoSeverityTouchesOnlyTheDemo()
        {
            using var checkout = new DemoCheckout();
            var before = checkout.Snapshot();

            var format = await checkout.RunAsync("format", "analyzers", "docs/demo", "--severity", "info");
            Assert.True(format.ExitCode == 0, format.ToString());

            var after = checkout.Snapshot();
            var changed = after.Keys.Union(before.Keys)
                .Where(path => !before.TryGetValue(path, out var hash) || !after.TryGetValue(path, out var now) || hash != now)
                .OrderBy(path => path, System.StringComparer.Ordinal)
                .ToList();
            Assert.True(changed.Any(path => path.StartsWith("docs/demo/", System.StringComparison.Ordinal)), "dotnet format changed nothing in the demo:\n" + format);
            var outside = changed.Where(path => !path.StartsWith("docs/demo/", System.StringComparison.Ordinal)).ToList();
            Assert.True(outside.Count == 0, "dotnet format changed files outside docs/demo:\n  " + string.Join("\n  ", outside) + "\n" + format);
        }
    }
}
