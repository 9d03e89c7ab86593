using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.Harness;
using CioAnalyzers.Tests.Docs;
using Xunit;

namespace CioAnalyzers.Tests.Robustness
{
    /// <summary>
    /// A fix never rebuilds a string the parser could not finish: the new token would drop the syntax error and the code
    /// would fail in other ways (found by the crash-safety run on a truncated input).
    /// </summary>
    public class UnfinishedStringFixTests
    {
        [Fact]
        public async Task TheDataCentreFixLeavesAnUnterminatedHostAlone()
        {
            const string code = """
                using System.Net.Http;
                using System.Threading.Tasks;

                class Sync
                {
                    async Task Run(HttpClient http, string id, HttpContent body)
                    {
                        await http.PutAsync($"https://api.customer.io/v1/customers/{id}/attributes", body);
                        await http.PostAsync($"https://track-eu.customer.io/api/v1/customers
                """;
            using var project = await ExampleProject.CreateAsync(new DocsExample(code, null));
            var errorsBefore = (await project.CompilerErrorsAsync()).Select(e => e.Id).OrderBy(id => id).ToList();
            Assert.Equal(2, (await project.RuleDiagnosticsAsync("CIO2004")).Length);

            await project.FixAllAsync("CIO2004");

            var text = await project.TextAsync();
            Assert.Contains("https://api-eu.customer.io/v1/customers/", text);
            Assert.Contains("$\"https://track-eu.customer.io/api/v1/customers", text);
            Assert.Equal(errorsBefore, (await project.CompilerErrorsAsync()).Select(e => e.Id).OrderBy(id => id).ToList());
        }
    }
}
