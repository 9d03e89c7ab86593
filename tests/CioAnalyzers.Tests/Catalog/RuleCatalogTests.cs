using System;
using System.Linq;
using System.Text.RegularExpressions;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CioAnalyzers.Tests.Catalog
{
    /// <summary>Descriptors, release tracking and docs pages cannot drift apart (the rules tables: RuleTablesTests).</summary>
    public class RuleCatalogTests
    {
        [Fact]
        public void EverySinkRuleIsHostedOnceWithADistinctId()
        {
            var ids = RoleSinkAnalyzer.Rules.Select(r => r.Descriptor.Id).ToList();
            Assert.NotEmpty(ids);
            Assert.Equal(ids.Distinct().Count(), ids.Count);
            Assert.Equal(ids.OrderBy(x => x, StringComparer.Ordinal), new RoleSinkAnalyzer().SupportedDiagnostics.Select(d => d.Id).OrderBy(x => x, StringComparer.Ordinal));
        }

        /// <summary>The rules are listed by hand (for the analyzers' start-up time): a rule written but not listed would never run.</summary>
        [Fact]
        public void EveryConcreteSinkRuleIsListed()
        {
            var written = typeof(SinkRule).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(SinkRule).IsAssignableFrom(t))
                .Select(t => t.FullName)
                .OrderBy(x => x, StringComparer.Ordinal)
                .ToList();
            Assert.Equal(written, RoleSinkAnalyzer.Rules.Select(r => r.GetType().FullName).OrderBy(x => x, StringComparer.Ordinal));
        }

        [Theory]
        [MemberData(nameof(ShippedRules.Ids), MemberType = typeof(ShippedRules))]
        public void DescriptorIsComplete(string id)
        {
            var descriptor = ShippedRules.Descriptors.Single(d => d.Id == id);
            Assert.Matches(@"^CIO[0-3]\d{3}$", descriptor.Id);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat.ToString()));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()));
            Assert.StartsWith("CustomerIo.", descriptor.Category, StringComparison.Ordinal);
            Assert.Equal(RuleCatalog.HelpLink(id), descriptor.HelpLinkUri);
            Assert.EndsWith("/docs/rules/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
            Assert.True(descriptor.IsEnabledByDefault);
        }

        [Theory]
        [MemberData(nameof(ShippedRules.Ids), MemberType = typeof(ShippedRules))]
        public void DocsPageHeaderMatchesTheDescriptor(string id)
        {
            var descriptor = ShippedRules.Descriptors.Single(d => d.Id == id);
            var page = RepositoryFiles.Read("docs", "rules", id + ".md");
            Assert.StartsWith($"# {id}: {descriptor.Title}\n", page.Replace("\r\n", "\n"), StringComparison.Ordinal);
            Assert.Contains($"| Category | {descriptor.Category} |", page, StringComparison.Ordinal);
            Assert.Contains($"| Default severity | {descriptor.DefaultSeverity} |", page, StringComparison.Ordinal);
            Assert.Contains($"| Code fix | {(ShippedRules.HasFix(id) ? "Yes" : "No")}", page, StringComparison.Ordinal);
            foreach (var section in new[] { "## What it catches", "## Why", "## Non-compliant", "## Compliant", "## The fix", "## Configure or suppress" })
            {
                Assert.Contains(section, page, StringComparison.Ordinal);
            }

            // The fact a rule stands on is cited from a public source a reader can follow.
            var why = page.Substring(page.IndexOf("## Why", StringComparison.Ordinal));
            why = why.Substring(0, why.IndexOf("\n## ", 1, StringComparison.Ordinal));
            Assert.Matches(@"\]\((https://|\.\./)[^)]+\)", why);
        }

        [Theory]
        [MemberData(nameof(ShippedRules.Ids), MemberType = typeof(ShippedRules))]
        public void ReleaseTrackingListsTheRuleWithItsCategoryAndSeverity(string id)
        {
            var descriptor = ShippedRules.Descriptors.Single(d => d.Id == id);
            var releases = RepositoryFiles.Read("src", "CioAnalyzers", "AnalyzerReleases.Shipped.md")
                + RepositoryFiles.Read("src", "CioAnalyzers", "AnalyzerReleases.Unshipped.md");
            Assert.Matches(new Regex($@"^{id} \| {Regex.Escape(descriptor.Category)} \| {descriptor.DefaultSeverity} \|", RegexOptions.Multiline), releases);
        }
    }
}
