using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using Xunit;

namespace CioAnalyzers.EndToEnd
{
    /// <summary>
    /// The strict preset (build/CioAnalyzers.Strict.globalconfig) covers every rule: each category of the catalogue with a
    /// category entry, and each rule that reports in CustomerIo.Api.txt or a configuration file, where category entries do
    /// not reach, with an entry of its own. No other rule has one: a rule's own entry would outrank a category entry in the user's .editorconfig.
    /// Read from the file, without a build; StrictPresetTests checks that the compiler applies it.
    /// </summary>
    public class StrictPresetCoverageTests
    {
        private static readonly Dictionary<string, string> Entries = Read();

        /// <summary>The categories the catalogue declares, a rule or not yet.</summary>
        private static readonly string[] CategoryNames = typeof(RuleCatalog.Categories)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        /// <summary>The rules reported in appsettings.json and Web.config too.</summary>
        private static readonly HashSet<string> InConfigurationFiles = new SettingsFileAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToHashSet();

        public static IEnumerable<object[]> Categories() => CategoryNames.Select(c => new object[] { c });

        [Fact]
        public void IsAGlobalConfigurationBelowTheProjectsOwn()
        {
            Assert.Equal("true", Entries.GetValueOrDefault("is_global"));
            Assert.True(int.TryParse(Entries.GetValueOrDefault("global_level"), out var level) && level < 0, "global_level must be below 0, the level of any other global configuration but a .globalconfig.");
        }

        [Theory]
        [MemberData(nameof(Categories))]
        public void EveryCategoryIsAnError(string category)
            => Assert.Equal("error", Entries.GetValueOrDefault($"dotnet_analyzer_diagnostic.category-{category}.severity"));

        [Theory]
        [MemberData(nameof(ShippedRules.Ids), MemberType = typeof(ShippedRules))]
        public void EveryRuleIsCovered(string id)
        {
            var descriptor = ShippedRules.Descriptors.Single(d => d.Id == id);
            Assert.Equal("error", Entries.GetValueOrDefault($"dotnet_analyzer_diagnostic.category-{descriptor.Category}.severity"));
            var own = Entries.GetValueOrDefault($"dotnet_diagnostic.{id}.severity");
            if (descriptor.Category == RuleCatalog.Categories.ApiFile || InConfigurationFiles.Contains(id))
            {
                Assert.True(own == "error", $"{id} reports in CustomerIo.Api.txt or a configuration file, which category entries do not reach: it needs 'dotnet_diagnostic.{id}.severity = error'.");
            }
            else
            {
                Assert.True(own is null, $"{id} reports in C# files, where its category entry covers it; an entry of its own would outrank a category entry in the user's .editorconfig.");
            }
        }

        [Fact]
        public void EveryEntryNamesAShippedRuleOrCategory()
        {
            var categories = CategoryNames.ToHashSet();
            var ids = ShippedRules.Descriptors.Select(d => d.Id).ToHashSet();
            var unknown = Entries.Keys
                .Where(k => k is not "is_global" and not "global_level")
                .Where(k => !(k.StartsWith("dotnet_analyzer_diagnostic.category-", StringComparison.Ordinal) && categories.Contains(k["dotnet_analyzer_diagnostic.category-".Length..^".severity".Length]))
                    && !(k.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal) && ids.Contains(k["dotnet_diagnostic.".Length..^".severity".Length])))
                .ToList();
            Assert.True(unknown.Count == 0, "Entries for no shipped rule or category: " + string.Join(", ", unknown));
        }

        /// <summary>The file's key = value lines; '#' and ';' start comments, as in any analyzer configuration file.</summary>
        private static Dictionary<string, string> Read()
        {
            var entries = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in RepositoryFiles.Read("build", "CioAnalyzers.Strict.globalconfig").Split('\n').Select(l => l.Trim()))
            {
                if (line.Length == 0 || line[0] is '#' or ';')
                {
                    continue;
                }

                var equals = line.IndexOf('=', StringComparison.Ordinal);
                Assert.True(equals > 0 && !line.StartsWith('['), $"Not a key = value line: {line}");
                Assert.True(entries.TryAdd(line[..equals].Trim(), line[(equals + 1)..].Trim()), $"Set twice: {line}");
            }

            return entries;
        }
    }
}
