using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using Xunit;

namespace CioAnalyzers.Tests.Docs
{
    /// <summary>
    /// Each rule about Customer.io states the Customer.io fact it rests on in its page's "Why" section and cites a public
    /// source for it there (Customer.io's documentation, its API definitions, an official library's source): an https
    /// link that leaves this repository. Rules about the analyzers' own configuration (CustomerIo.ApiFile) have no such
    /// fact to cite.
    /// </summary>
    public class RuleSourceLinksTests
    {
        /// <summary>Markdown links and autolinks: [text](https://...) and &lt;https://...&gt;.</summary>
        private static readonly Regex HttpsLink = new(@"\]\((?<url>https://[^)\s]+)\)|<(?<url>https://[^>\s]+)>");

        /// <summary>Hosts that are not a source anyone can follow: placeholders and the local machine.</summary>
        private static readonly string[] NotPublicHosts = { "localhost", "127.0.0.1", "example.com", "example.org", "example.net" };

        public static IEnumerable<object[]> CustomerIoRuleIds() => ShippedRules.Descriptors
            .Where(d => d.Category != RuleCatalog.Categories.ApiFile)
            .Select(d => new object[] { d.Id });

        [Fact]
        public void MostRulesAreAboutCustomerIo() => Assert.True(CustomerIoRuleIds().Count() > ShippedRules.Descriptors.Length / 2);

        [Theory]
        [MemberData(nameof(CustomerIoRuleIds))]
        public void WhySectionLinksAPublicSourceOutsideThisRepository(string id)
        {
            var why = WhySection(RepositoryFiles.Read("docs", "rules", id + ".md").Replace("\r\n", "\n"));
            var links = HttpsLink.Matches(why).Select(m => new Uri(m.Groups["url"].Value)).ToList();
            Assert.True(links.Count > 0, $"{id}: the Why section links no https source.");
            Assert.True(
                links.Any(IsPublicSourceOutsideThisRepository),
                $"{id}: every link of the Why section points into this repository or at no public host: {string.Join(", ", links)}");
        }

        [Theory]
        [InlineData("https://docs.customer.io/api/track/", true)]
        [InlineData("https://github.com/customerio/customerio-node/blob/main/lib/track.ts", true)]
        [InlineData("https://github.com/cioanalyzers/cioanalyzers/blob/main/docs/libraries.md", false)]
        [InlineData("https://GitHub.com/CioAnalyzers/CioAnalyzers", false)]
        [InlineData("https://example.com/customers", false)]
        [InlineData("https://localhost:5001/api", false)]
        public void PublicSourceTest(string url, bool isPublicSource)
            => Assert.Equal(isPublicSource, IsPublicSourceOutsideThisRepository(new Uri(url)));

        /// <summary>From the "## Why" heading to the next second-level heading.</summary>
        private static string WhySection(string page)
        {
            var section = Regex.Match(page, @"^## Why\n(?<body>.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline);
            Assert.True(section.Success, "No '## Why' section.");
            return section.Groups["body"].Value;
        }

        private static bool IsPublicSourceOutsideThisRepository(Uri link)
        {
            var repository = new Uri(RuleCatalog.DocsBaseUrl);
            var repositoryPath = string.Join("/", repository.AbsolutePath.Split('/').Take(3)); // "/owner/name"
            var intoThisRepository = string.Equals(link.Host, repository.Host, StringComparison.OrdinalIgnoreCase)
                && (link.AbsolutePath + "/").StartsWith(repositoryPath + "/", StringComparison.OrdinalIgnoreCase);
            return !intoThisRepository && !NotPublicHosts.Contains(link.Host, StringComparer.OrdinalIgnoreCase);
        }
    }
}
