using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.EndToEnd.Infrastructure;
using Xunit;

namespace CioAnalyzers.EndToEnd
{
    /// <summary>
    /// A project with appsettings.json gets the configuration-file checks without a line in its project file: a key
    /// committed there is reported on its line, and a client whose BaseAddress the file sets to Customer.io is checked;
    /// CioAnalyzersIncludeConfigurationFiles=false leaves out the files the package adds, and a file the project lists itself is passed once.
    /// </summary>
    [Collection(ConsumerCollection.Name)]
    public class ConfigurationFilesTests
    {
        private readonly ConsumerSolution consumer;

        public ConfigurationFilesTests(ConsumerSolution consumer) => this.consumer = consumer;

        [Fact]
        public async Task KeysAndConfiguredHostsAreCheckedWithoutAnItem()
        {
            var project = consumer.Settings;
            var sarif = Path.Combine(consumer.Root, "Settings.sarif");
            var build = await project.BuildAsync($"-p:ErrorLog={sarif}%2Cversion=2.1");
            Assert.True(build.ExitCode == 0, build.ToString());

            // The SARIF log, which code-scanning tools read, places the key in the configuration file too.
            using (var log = System.Text.Json.JsonDocument.Parse(File.ReadAllText(sarif)))
            {
                var inSettings = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                    .Where(r => r.GetProperty("ruleId").GetString() == "CIO2002")
                    .SelectMany(r => r.GetProperty("locations").EnumerateArray())
                    .Select(l => l.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString())
                    .ToList();
                Assert.True(inSettings.Any(u => u!.EndsWith(SettingsFiles.AppSettings, StringComparison.Ordinal)), string.Join("\n", inSettings));
            }

            var reported = ReportedDiagnostic.In(build.Output)
                .Select(d => (File: Path.GetRelativePath(project.Folder, d.Path), d.Line, d.Id))
                .ToHashSet();
            Assert.True(reported.SetEquals(SettingsFiles.Expected), $"Expected {string.Join(", ", SettingsFiles.Expected)}\n{build}");
        }

        /// <summary>
        /// The package's files are left out; the one the project lists stays: appsettings.json's key is no longer seen, while
        /// appsettings.Production.json still ties the client.
        /// </summary>
        [Fact]
        public async Task TheOptOutLeavesThePackagesFilesOut()
        {
            var project = consumer.Settings;
            var build = await project.BuildAsync("-p:CioAnalyzersIncludeConfigurationFiles=false");
            Assert.True(build.ExitCode == 0, build.ToString());
            var reported = ReportedDiagnostic.In(build.Output)
                .Select(d => (File: Path.GetRelativePath(project.Folder, d.Path), d.Line, d.Id))
                .ToHashSet();
            var expected = SettingsFiles.Expected.Where(e => e.File != SettingsFiles.AppSettings).ToHashSet();
            Assert.NotEmpty(expected);
            Assert.True(reported.SetEquals(expected), $"Expected {string.Join(", ", expected)}\n{build}");
        }

        [Fact]
        public async Task DesignTimeBuildPassesEachFileOnce()
        {
            var project = consumer.Settings;
            var (result, arguments) = await project.DesignTimeCompilerArgumentsAsync();
            Assert.True(result.ExitCode == 0, result.ToString());
            const string Switch = "/additionalfile:";
            var passed = arguments
                .Where(a => a.StartsWith(Switch, StringComparison.OrdinalIgnoreCase))
                .Select(a => Path.GetFileName(Path.GetFullPath(a[Switch.Length..].Trim('"'), project.Folder)))
                .GroupBy(name => name)
                .ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(1, passed.GetValueOrDefault(SettingsFiles.AppSettings));
            Assert.Equal(1, passed.GetValueOrDefault(SettingsFiles.ProductionSettings));
        }
    }
}
