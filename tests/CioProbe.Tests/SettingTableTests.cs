using System.CommandLine;
using CioProbe.Configuration;
using CioProbe.Tool;
using Microsoft.Extensions.Configuration;

namespace CioProbe.Tests
{
    /// <summary>
    /// <see cref="ProbeSettingTable"/> drives every layer: each setting is read from each source under the names the table
    /// gives it, and the tool's sources keep their documented precedence.
    /// </summary>
    public sealed class SettingTableTests : IDisposable
    {
        private readonly string directory = Directory.CreateTempSubdirectory("cio-probe-table-").FullName;

        public void Dispose() => Directory.Delete(directory, recursive: true);

        // Facts looping over the table rather than theories: SecretLeakTests runs every fact of the suite, with inline data only.
        [Fact]
        public void TheLibraryReadsEachSettingFromItsVariable()
        {
            foreach (var setting in ProbeSettingTable.All)
            {
                var options = CustomerIoProbeOptions.FromEnvironment(name => name == setting.Variable ? "from-variable" : null);

                Assert.Equal("from-variable", setting.Get(options));
                Assert.All(ProbeSettingTable.All.Where(s => s != setting), other => Assert.Null(other.Get(options)));
            }
        }

        [Fact]
        public void TheLibraryReadsEachSettingFromEveryKeyOfASection()
        {
            foreach (var setting in ProbeSettingTable.All)
            {
                foreach (var key in setting.Keys)
                {
                    var section = new ConfigurationBuilder()
                        .AddInMemoryCollection([KeyValuePair.Create<string, string?>($"{ProbeConfigurationKeys.DefaultSection}:{key}", "from-" + key)])
                        .Build()
                        .GetSection(ProbeConfigurationKeys.DefaultSection);

                    Assert.Equal("from-" + key, setting.Get(ProbeConfiguration.Read(section)));
                }
            }
        }

        [Fact]
        public async Task TheToolReadsEachSettingFromEachSourceUnderTheTableNames()
        {
            foreach (var setting in ProbeSettingTable.All)
            {
                foreach (var key in setting.Keys)
                {
                    var file = WriteConfig(key, "from-file-" + key);
                    Assert.Equal("from-file-" + key, setting.Get(await ReadAsync([], "--config", file)));
                    Assert.Equal("from-app-" + key, setting.Get(await ReadAsync([($"{ProbeConfigurationKeys.DefaultSection}__{key}", "from-app-" + key)])));
                }

                Assert.Equal("from-variable", setting.Get(await ReadAsync([(setting.Variable, "from-variable")])));
                Assert.Equal("from-option", setting.Get(await ReadAsync([], setting.Option, "from-option")));
            }
        }

        [Fact]
        public async Task TheToolKeepsOptionsOverProbeVariablesOverAppVariablesOverTheFile()
        {
            foreach (var setting in ProbeSettingTable.All)
            {
                var file = WriteConfig(setting.Key, "file");
                (string, string)[] app = [($"{ProbeConfigurationKeys.DefaultSection}__{setting.Key}", "app")];
                (string, string)[] all = [.. app, (setting.Variable, "variable")];

                Assert.Equal("option", setting.Get(await ReadAsync(all, "--config", file, setting.Option, "option")));
                Assert.Equal("variable", setting.Get(await ReadAsync(all, "--config", file)));
                Assert.Equal("app", setting.Get(await ReadAsync(app, "--config", file)));
                Assert.Equal("file", setting.Get(await ReadAsync([], "--config", file)));
            }
        }

        private static async Task<CustomerIoProbeOptions> ReadAsync((string Name, string Value)[] variables, params string[] args)
        {
            var command = new ProbeCommand();
            var parse = command.Build().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            Assert.Empty(parse.Errors);
            var host = CliRun.Host(variables.ToDictionary(v => v.Name, v => (string?)v.Value), TextWriter.Null, TextWriter.Null);
            return (await ProbeSettings.ReadAsync(command, parse, host, CancellationToken.None)).Options;
        }

        private string WriteConfig(string key, string value)
        {
            var path = Path.Combine(directory, $"{key}-{value}.json");
            File.WriteAllText(path, $$"""{ "{{ProbeConfigurationKeys.DefaultSection}}": { "{{key}}": "{{value}}" } }""");
            return path;
        }
    }
}
