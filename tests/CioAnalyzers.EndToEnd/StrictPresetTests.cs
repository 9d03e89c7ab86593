using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.EndToEnd.Infrastructure;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CioAnalyzers.EndToEnd
{
    /// <summary>
    /// &lt;CioAnalyzersStrict&gt;true&lt;/CioAnalyzersStrict&gt; makes every rule an error, the Info-level ones and
    /// CIO0001 in CustomerIo.Api.txt included, and the project's .editorconfig still lowers a rule or a category; without
    /// it every rule keeps its default, and an .editorconfig category entry raises that category's rules. Each build's
    /// SARIF log gives every rule's level, suggestions included.
    /// </summary>
    [Collection(ConsumerCollection.Name)]
    public class StrictPresetTests
    {
        /// <summary>A Warning rule the project keeps a warning under the preset.</summary>
        private const string KeptAWarning = "CIO1001";

        /// <summary>A category the project lowers to suggestions under the preset.</summary>
        private const string LoweredCategory = RuleCatalog.Categories.Transport;

        /// <summary>The category the project raises to errors without the preset.</summary>
        private const string RaisedCategory = RuleCatalog.Categories.Data;

        private const string StrictOn = """
              <PropertyGroup>
                <CioAnalyzersStrict>true</CioAnalyzersStrict>
              </PropertyGroup>
            """;

        private readonly ConsumerSolution consumer;

        public StrictPresetTests(ConsumerSolution consumer) => this.consumer = consumer;

        [Fact]
        public async Task StrictMakesEveryRuleAnErrorExceptWhatTheEditorConfigLowers()
        {
            Assert.Contains(ShippedRules.Descriptors, d => d.DefaultSeverity == DiagnosticSeverity.Info && d.Category != LoweredCategory);
            var (build, levels) = await BuildAsync(StrictOn, $"""
                [*.cs]
                dotnet_diagnostic.{KeptAWarning}.severity = warning
                dotnet_analyzer_diagnostic.category-{LoweredCategory}.severity = suggestion
                """);

            AssertLevels(levels, build, d =>
                d.Id == KeptAWarning ? "warning"
                : d.Category == LoweredCategory ? "note"
                : "error");
            Assert.True(build.ExitCode != 0, $"The build passed with errors reported.\n{build}");
        }

        [Fact]
        public async Task WithoutStrictRulesKeepTheirDefaultsAndACategoryEntryRaisesItsRules()
        {
            Assert.Contains(ShippedRules.Descriptors, d => d.DefaultSeverity == DiagnosticSeverity.Info && d.Category == RaisedCategory);
            var (build, levels) = await BuildAsync("", $"""
                [*.cs]
                dotnet_analyzer_diagnostic.category-{RaisedCategory}.severity = error
                """);

            AssertLevels(levels, build, d => d.Category == RaisedCategory ? "error" : SarifLevels.Of(d.DefaultSeverity));
            Assert.True(build.ExitCode != 0, $"The build passed with errors reported.\n{build}");
        }

        /// <summary>The IDE and dotnet format read the compiler's arguments from a design-time build: the preset is among them.</summary>
        [Fact]
        public async Task DesignTimeBuildPassesThePresetOnlyWhenItIsOn()
        {
            var project = consumer.Strict;
            var preset = Path.GetFileName(RepositoryFiles.Path("build", "CioAnalyzers.Strict.globalconfig"));
            foreach (var (extraItems, expected) in new[] { (StrictOn, 1), ("", 0) })
            {
                project.WriteProjectFile(consumer.Package.Version, extraItems: RuleExamples.ProjectItems + "\n" + extraItems);
                var (result, arguments) = await project.DesignTimeCompilerArgumentsAsync();
                Assert.True(result.ExitCode == 0, result.ToString());
                Assert.NotEmpty(arguments);
                var passed = arguments.Count(a => a.StartsWith("/analyzerconfig:", StringComparison.OrdinalIgnoreCase) && a.TrimEnd('"').EndsWith(preset, StringComparison.Ordinal));
                Assert.True(passed == expected, $"{preset} is passed {passed} times, not {expected}:\n{string.Join("\n", arguments)}");
            }
        }

        /// <summary>MSBuild reads yes and on as true in conditions, and no and off as false; any other value is a mistake.</summary>
        [Fact]
        public async Task AValueThatIsNoBooleanFailsTheBuild()
        {
            var project = consumer.Strict;
            project.WriteProjectFile(consumer.Package.Version, extraItems: RuleExamples.ProjectItems);
            var (result, _) = await project.DesignTimeCompilerArgumentsAsync("-p:CioAnalyzersStrict=enabled");
            Assert.True(result.ExitCode != 0, $"CioAnalyzersStrict=enabled was accepted.\n{result}");
            Assert.Contains("CioAnalyzersStrict is 'enabled'", result.Output, StringComparison.Ordinal);
        }

        private static void AssertLevels(ImmutableDictionary<string, ImmutableHashSet<string>> levels, CommandResult build, Func<DiagnosticDescriptor, string> expected)
        {
            var wrong = ShippedRules.Descriptors
                .Where(d => !(levels.TryGetValue(d.Id, out var reported) && reported.SetEquals(new[] { expected(d) })))
                .Select(d => $"{d.Id} ({d.Category}, {d.DefaultSeverity}): expected {expected(d)}")
                .ToList();
            Assert.True(wrong.Count == 0, string.Join("\n", wrong) + $"\nReported:\n{SarifLevels.List(levels)}\n{build}");
        }

        /// <summary>Builds the strict consumer with <paramref name="extraItems"/> in its project file and <paramref name="editorConfig"/> beside it.</summary>
        private async Task<(CommandResult Build, ImmutableDictionary<string, ImmutableHashSet<string>> Levels)> BuildAsync(string extraItems, string editorConfig)
        {
            var project = consumer.Strict;
            project.WriteProjectFile(consumer.Package.Version, extraItems: RuleExamples.ProjectItems + "\n" + extraItems);
            project.Write(".editorconfig", "root = true\n\n" + editorConfig + "\n");
            var sarif = Path.Combine(consumer.Root, "Strict.sarif");
            File.Delete(sarif);

            var build = await project.BuildAsync($"-p:ErrorLog={sarif}%2Cversion=2.1");
            Assert.True(File.Exists(sarif), $"No SARIF log at {sarif}.\n{build}");
            return (build, SarifLevels.Read(sarif));
        }
    }
}
