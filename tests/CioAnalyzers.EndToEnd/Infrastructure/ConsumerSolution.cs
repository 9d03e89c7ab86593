using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.Harness;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace CioAnalyzers.EndToEnd.Infrastructure
{
    /// <summary>
    /// Shared by every end-to-end test: the package is packed once, and a temporary consumer solution that
    /// installs it from a local folder source is written and restored once. Each scenario owns one project,
    /// so what one scenario changes (sources, .editorconfig) never reaches another.
    /// </summary>
    public sealed class ConsumerSolution : IAsyncLifetime
    {
        private Task<CommandResult>? shopBuild;

        public string Root { get; } = Path.Combine(Path.GetTempPath(), "cioanalyzers-e2e-" + Guid.NewGuid().ToString("N"));

        public PackedPackage Package { get; private set; } = null!;

        /// <summary>The demo app and every rule's non-compliant docs example, built once for diagnostics and SARIF.</summary>
        public ConsumerProject Shop => new(Root, "Shop");

        /// <summary>Every rule's non-compliant example, rewritten by dotnet format.</summary>
        public ConsumerProject Fixable => new(Root, "Fixable");

        /// <summary>Every rule's non-compliant example, under changing .editorconfig severities.</summary>
        public ConsumerProject Severities => new(Root, "Severities");

        /// <summary>Every rule's non-compliant example, with and without the strict preset (its tests write the project file).</summary>
        public ConsumerProject Strict => new(Root, "Strict");

        /// <summary>A team's own Customer.io gateway, described in CustomerIo.Api.txt, listed as an AdditionalFiles item.</summary>
        public ConsumerProject Wrapper => new(Root, "Wrapper");

        /// <summary>The same gateway and CustomerIo.Api.txt with no AdditionalFiles item: the package's build props add the file.</summary>
        public ConsumerProject ImplicitWrapper => new(Root, "ImplicitWrapper");

        /// <summary>A service whose Customer.io host and key live in appsettings*.json (see <see cref="SettingsFiles"/>).</summary>
        public ConsumerProject Settings => new(Root, "Settings");

        public string ShopSarif => Path.Combine(Root, "Shop.sarif");

        /// <summary>One build of the shop, with a SARIF 2.1 error log, read by more than one test.</summary>
        public Task<CommandResult> ShopBuildAsync() => shopBuild ??= Shop.BuildAsync($"-p:ErrorLog={ShopSarif}%2Cversion=2.1");

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(Root);
            Package = await PackedPackage.CreateAsync(Root);
            WriteNuGetConfig();
            CopyStandIns();

            Shop.WriteProjectFile(Package.Version, "Exe", $"""
                  <ItemGroup>
                    <PackageReference Include="Microsoft.Extensions.Configuration.Binder" Version="{RuleExamples.VersionOf(typeof(ConfigurationBinder))}" />
                    <!-- What the CustomerIOSharp package brings: the demo names a property with its [JsonProperty]. -->
                    <PackageReference Include="Newtonsoft.Json" Version="{RuleExamples.VersionOf(typeof(Newtonsoft.Json.JsonPropertyAttribute))}" />
                  </ItemGroup>
                {RuleExamples.ProjectItems}
                """);
            foreach (var file in Directory.GetFiles(RepositoryFiles.Path("docs", "demo"), "*.cs"))
            {
                Shop.Write(Path.GetFileName(file), File.ReadAllText(file));
            }

            // The demo is written for ImplicitUsings; spelled out here so the in-process compilation sees the same usings.
            Shop.Write("GlobalUsings.cs", string.Concat(new[] { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks" }
                .Select(n => $"global using {n};\n")));
            RuleExamples.AddNonCompliant(Shop);

            Fixable.WriteProjectFile(Package.Version, extraItems: RuleExamples.ProjectItems);
            RuleExamples.AddNonCompliant(Fixable);

            Severities.WriteProjectFile(Package.Version, extraItems: RuleExamples.ProjectItems);
            RuleExamples.AddNonCompliant(Severities);

            Strict.WriteProjectFile(Package.Version, extraItems: RuleExamples.ProjectItems);
            RuleExamples.AddNonCompliant(Strict);

            WrapperFiles.Write(Wrapper, Package.Version, listsApiFile: true);
            WrapperFiles.Write(ImplicitWrapper, Package.Version, listsApiFile: false);
            SettingsFiles.Write(Settings, Package.Version);

            // Severities and Strict set severities themselves; the others print suggestions as warnings, as the demo does.
            foreach (var project in new[] { Shop, Fixable, Wrapper, ImplicitWrapper })
            {
                File.WriteAllText(Path.Combine(project.Folder, ".editorconfig"), SuggestionsAsWarnings.EditorConfig);
            }

            File.WriteAllText(Path.Combine(Root, "Consumers.slnx"), $"""
                <Solution>
                  <Project Path="{Shop.Name}/{Shop.Name}.csproj" />
                  <Project Path="{Fixable.Name}/{Fixable.Name}.csproj" />
                  <Project Path="{Severities.Name}/{Severities.Name}.csproj" />
                  <Project Path="{Strict.Name}/{Strict.Name}.csproj" />
                  <Project Path="{Wrapper.Name}/{Wrapper.Name}.csproj" />
                  <Project Path="{ImplicitWrapper.Name}/{ImplicitWrapper.Name}.csproj" />
                  <Project Path="{Settings.Name}/{Settings.Name}.csproj" />
                </Solution>
                """);
            var restore = await DotNet.RunAsync(Root, "restore", "Consumers.slnx", "-nodeReuse:false");
            Assert.True(restore.ExitCode == 0, restore.ToString());
        }

        public Task DisposeAsync()
        {
            TryDelete(Root);
            if (Package is not null && Environment.GetEnvironmentVariable(PackedPackage.ArtifactsVariable) is null or "")
            {
                TryDelete(Package.CachedCopy); // a version only this run used
            }

            return Task.CompletedTask;
        }

        /// <summary>The package version of a Microsoft.Extensions assembly this test compiles against.</summary>
        private void WriteNuGetConfig()
            => File.WriteAllText(Path.Combine(Root, "NuGet.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="cioanalyzers-artifacts" value="{Package.Folder}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
                  </packageSources>
                </configuration>
                """);

        private void CopyStandIns()
        {
            var target = Directory.CreateDirectory(Path.Combine(Root, "StandIns")).FullName;
            foreach (var file in Directory.GetFiles(RepositoryFiles.Path("tests", "StandIns"), "*.cs"))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }

        private static void TryDelete(string folder)
        {
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless; failing the run over it is not.
            }
        }
    }

    [CollectionDefinition(Name)]
    public sealed class ConsumerCollection : ICollectionFixture<ConsumerSolution>
    {
        public const string Name = "Consumer solution";
    }
}
