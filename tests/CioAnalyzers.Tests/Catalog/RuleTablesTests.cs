using System;
using System.Linq;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.RuleTables;
using Xunit;

namespace CioAnalyzers.Tests.Catalog
{
    /// <summary>The rules tables of README.md and docs/rules/README.md are what build/RuleTables writes from the descriptors.</summary>
    public class RuleTablesTests
    {
        private static readonly System.Collections.Immutable.ImmutableArray<RuleRow> Rows =
            RuleTableRenderer.Rows(typeof(RuleCatalog).Assembly, typeof(SyntaxRewriteFixer).Assembly);

        public static TheoryData<string, string> Files()
        {
            var files = new TheoryData<string, string>();
            foreach (var (path, pagesFolder) in RuleTableRenderer.Files)
            {
                files.Add(path, pagesFolder);
            }

            return files;
        }

        [Theory]
        [MemberData(nameof(Files))]
        public void TableIsTheDescriptors(string path, string pagesFolder)
        {
            var markdown = RepositoryFiles.Read(path.Split('/'));
            var generated = RuleTableRenderer.Rewrite(markdown, RuleTableRenderer.Table(Rows, pagesFolder));
            Assert.True(
                generated == markdown,
                $"The rules table in {path} differs from the rule descriptors; run: {RuleTableRenderer.RegenerateCommand}");
        }

        [Fact]
        public void RoleTableIsTheRegistry()
        {
            var markdown = RepositoryFiles.Read(RoleTableRenderer.File.Split('/'));
            var generated = RuleTableRenderer.Rewrite(markdown, RoleTableRenderer.Table(), RoleTableRenderer.Begin, RoleTableRenderer.End);
            Assert.True(
                generated == markdown,
                $"The role table in {RoleTableRenderer.File} differs from the role registry; run: {RuleTableRenderer.RegenerateCommand}");
        }

        /// <summary>The tool's reflection finds what every other test checks: the same rules, the same fixes.</summary>
        [Fact]
        public void RowsAreTheShippedRules()
        {
            Assert.Equal(ShippedRules.Descriptors.Select(d => d.Id), Rows.Select(r => r.Id));
            Assert.All(Rows, r => Assert.Equal(ShippedRules.HasFix(r.Id), r.HasFix));
            Assert.Contains(Rows, r => r.HasFix);
        }

        [Fact]
        public void RewriteReplacesOnlyWhatIsBetweenTheMarkers()
        {
            var markdown = $"# Rules\r\n\r\n{RuleTableRenderer.Begin}\r\n| stale |\r\n{RuleTableRenderer.End}\r\n\r\nAfter.\r\n";
            var rewritten = RuleTableRenderer.Rewrite(markdown, "| a |\n| b |");
            Assert.Equal($"# Rules\r\n\r\n{RuleTableRenderer.Begin}\r\n\r\n| a |\r\n| b |\r\n\r\n{RuleTableRenderer.End}\r\n\r\nAfter.\r\n", rewritten);
            Assert.Equal(rewritten, RuleTableRenderer.Rewrite(rewritten, "| a |\n| b |"));
            Assert.Throws<FormatException>(() => RuleTableRenderer.Rewrite("# Rules\n", "| a |"));
        }
    }
}
