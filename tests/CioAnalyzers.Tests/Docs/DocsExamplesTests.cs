using System.Threading.Tasks;
using CioAnalyzers.Harness;
using Xunit;

namespace CioAnalyzers.Tests.Docs
{
    /// <summary>
    /// Every rule page's examples are real: they compile, the rule fires on one and not the other, and the fix works.
    /// An example's CustomerIo.Api.txt, if any, is an additional file of its project.
    /// </summary>
    public class DocsExamplesTests
    {
        [Theory]
        [MemberData(nameof(ShippedRules.Ids), MemberType = typeof(ShippedRules))]
        public async Task NonCompliantExampleCompilesAndTriggersTheRule(string id)
        {
            using var project = await ExampleProject.CreateAsync(DocsPage.For(id).NonCompliant);
            Assert.Empty(await project.CompilerErrorsAsync());
            Assert.NotEmpty(await project.RuleDiagnosticsAsync(id));
        }

        [Theory]
        [MemberData(nameof(ShippedRules.Ids), MemberType = typeof(ShippedRules))]
        public async Task CompliantExampleCompilesAndIsClean(string id)
        {
            using var project = await ExampleProject.CreateAsync(DocsPage.For(id).Compliant);
            Assert.Empty(await project.CompilerErrorsAsync());
            // Correct code by every rule, not only this page's: a reader copies it.
            Assert.Empty(await project.RuleDiagnosticsAsync(null));
        }

        [Theory]
        [MemberData(nameof(ShippedRules.Ids), MemberType = typeof(ShippedRules))]
        public async Task FixClearsTheNonCompliantExample(string id)
        {
            using var project = await ExampleProject.CreateAsync(DocsPage.For(id).NonCompliant);
            var before = await project.TextAsync();

            var fixedByShippedFix = await project.FixAllAsync(id);

            // A rule without a fix is held to nothing here; a rule with one must fix its own docs example.
            Assert.Equal(ShippedRules.HasFix(id), fixedByShippedFix);
            if (fixedByShippedFix)
            {
                var after = await project.TextAsync();
                Assert.NotEqual(before, after);
                Assert.Empty(await project.CompilerErrorsAsync());
                Assert.Empty(await project.RuleDiagnosticsAsync(id));
            }
        }
    }
}
