using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
            await AssertReportedAsync(id, DocsPage.For(id).NonCompliant);
        }

        [Theory]
        [MemberData(nameof(ShippedRules.Ids), MemberType = typeof(ShippedRules))]
        public async Task CompliantExampleCompilesAndIsClean(string id)
        {
            await AssertCleanAsync(DocsPage.For(id).Compliant);
        }

        /// <summary>The pages' further examples, each under a "###" heading of "Non-compliant" and the same of "Compliant".</summary>
        public static IEnumerable<object[]> FurtherExamples()
            => ShippedRules.Ids().Select(row => (string)row[0])
                .SelectMany(id => DocsPage.For(id).NonCompliantExamples.Skip(1).Select(e => new object[] { id, e.Title }));

        [Theory]
        [MemberData(nameof(FurtherExamples))]
        public async Task FurtherNonCompliantExampleReportsTheRule(string id, string title)
            => await AssertReportedAsync(id, DocsPage.For(id).NonCompliantExamples.Single(e => e.Title == title));

        [Theory]
        [MemberData(nameof(FurtherExamples))]
        public async Task FurtherCompliantExampleIsClean(string id, string title)
        {
            var compliant = DocsPage.For(id).CompliantExamples.Where(e => e.Title == title).ToList();
            Assert.True(compliant.Count == 1, $"{id}: '### {title}' under 'Non-compliant' needs one under 'Compliant'");
            await AssertCleanAsync(compliant[0]);
        }

        /// <summary>
        /// Every ```json or ```xml block of a page is a configuration file of one of its examples, named by its marker as
        /// the package hands such files to the analyzers, and parsed by them: an example no test could check fails here.
        /// </summary>
        [Theory]
        [MemberData(nameof(ShippedRules.Ids), MemberType = typeof(ShippedRules))]
        public async Task EveryConfigurationExampleIsCheckable(string id)
        {
            var page = DocsPage.For(id);
            var examples = page.NonCompliantExamples.Concat(page.CompliantExamples).ToList();
            Assert.True(
                page.ConfigurationFences == examples.Sum(e => e.ConfigurationFiles.Length),
                $"{id}: {page.ConfigurationFences} ```json/```xml blocks, of which {examples.Sum(e => e.ConfigurationFiles.Length)} are files of an example (a '<!-- file: appsettings.json -->' line right before the block, under 'Non-compliant' or 'Compliant')");
            Assert.Equal(
                page.CompliantExamples.Skip(1).Select(e => e.Title).OrderBy(t => t, StringComparer.Ordinal),
                page.NonCompliantExamples.Skip(1).Select(e => e.Title).OrderBy(t => t, StringComparer.Ordinal));
            foreach (var example in examples.Where(e => !e.ConfigurationFiles.IsEmpty))
            {
                using var project = await ExampleProject.CreateAsync(example);
                Assert.Equal(example.ConfigurationFiles.Select(f => f.Name).ToImmutableHashSet(), project.ReadableConfigurationFiles());
            }
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

        /// <summary>
        /// The example compiles and reports the rule; one with configuration files reports it exactly on the lines it
        /// marks, in the C# or in a file.
        /// </summary>
        private static async Task AssertReportedAsync(string id, DocsExample example)
        {
            using var project = await ExampleProject.CreateAsync(example);
            Assert.Empty(await project.CompilerErrorsAsync());
            Assert.NotEmpty(await project.RuleDiagnosticsAsync(id));
            if (!example.ConfigurationFiles.IsEmpty)
            {
                var marked = ExampleProject.MarkedLines(example, id);
                Assert.NotEmpty(marked);
                Assert.Equal(marked.OrderBy(l => l), (await project.ReportedLinesAsync(id)).OrderBy(l => l));
            }
        }

        private static async Task AssertCleanAsync(DocsExample example)
        {
            using var project = await ExampleProject.CreateAsync(example);
            Assert.Empty(await project.CompilerErrorsAsync());
            // Correct code by every rule, not only this page's: a reader copies it.
            Assert.Empty(await project.RuleDiagnosticsAsync(null));
        }
    }
}
