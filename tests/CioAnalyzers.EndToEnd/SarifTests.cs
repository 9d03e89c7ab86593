using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using CioAnalyzers.EndToEnd.Infrastructure;
using CioAnalyzers.Harness;
using Xunit;

namespace CioAnalyzers.EndToEnd
{
    /// <summary>-p:ErrorLog writes SARIF 2.1 whose rules point at their docs pages.</summary>
    [Collection(ConsumerCollection.Name)]
    public class SarifTests
    {
        private readonly ConsumerSolution consumer;

        public SarifTests(ConsumerSolution consumer) => this.consumer = consumer;

        [Theory]
        [MemberData(nameof(ShippedRules.Ids), MemberType = typeof(ShippedRules))]
        public async Task SarifRuleCarriesTheHelpUriOfItsDocsPage(string id)
        {
            var build = await consumer.ShopBuildAsync();
            Assert.True(File.Exists(consumer.ShopSarif), $"No SARIF log at {consumer.ShopSarif}.\n{build}");

            using var sarif = JsonDocument.Parse(File.ReadAllText(consumer.ShopSarif));
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
            var run = sarif.RootElement.GetProperty("runs").EnumerateArray().Single();
            var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
                .SingleOrDefault(r => r.GetProperty("id").GetString() == id);
            Assert.True(rule.ValueKind == JsonValueKind.Object, $"{id} is not among the SARIF rules.\n{build}");

            var helpUri = rule.GetProperty("helpUri").GetString();
            Assert.Equal(ShippedRules.Descriptors.Single(d => d.Id == id).HelpLinkUri, helpUri);
            Assert.EndsWith($"/docs/rules/{id}.md", helpUri, System.StringComparison.Ordinal);
            Assert.True(File.Exists(RepositoryFiles.Path("docs", "rules", id + ".md")), $"{helpUri} names a page this repository does not have.");
            Assert.Contains(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == id);
        }
    }
}
