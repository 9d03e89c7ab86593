using System;
using System.Linq;
using CioAnalyzers.Harness;
using Xunit;

namespace CioAnalyzers.Tests.Docs
{
    /// <summary>The README's command that fixes the demo names every rule, so that a new rule's fix is run on it too.</summary>
    public class ReadmeDemoCommandTests
    {
        private const string Command = "dotnet format analyzers docs/demo --diagnostics ";

        [Fact]
        public void TheDemoFormatCommandNamesEveryRule()
        {
            var line = RepositoryFiles.Read("README.md").Split('\n').SingleOrDefault(l => l.StartsWith(Command, StringComparison.Ordinal));
            Assert.True(line is not null, $"README.md has no line starting with '{Command}'.");
            var named = line![Command.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            Assert.Equal(ShippedRules.Descriptors.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal), named);
        }
    }
}
