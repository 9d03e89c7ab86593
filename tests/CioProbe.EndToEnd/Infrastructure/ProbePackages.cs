using System.Globalization;
using System.Reflection;
using CioAnalyzers.Harness;

namespace CioProbe.EndToEnd.Infrastructure
{
    /// <summary>
    /// CioProbe and CioProbe.Tool, packed from this repository into a temporary folder feed once per test run, under a
    /// version no earlier run used. Consumers restore into a packages folder of their own, so neither a stale copy in the
    /// machine's NuGet cache is restored nor this run's packages left in it.
    /// </summary>
    public sealed class ProbePackages : IAsyncLifetime
    {
        public const string LibraryId = "CioProbe";
        public const string ToolId = "CioProbe.Tool";

        public string Root { get; } = Path.Combine(Path.GetTempPath(), "cioprobe-e2e-" + Guid.NewGuid().ToString("N"));

        /// <summary>The folder feed holding both packages.</summary>
        public string Feed => Path.Combine(Root, "feed");

        /// <summary>The global packages folder every consumer of this run restores into.</summary>
        public string PackagesFolder => Path.Combine(Root, "packages");

        public string Version { get; } = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

        public string LibraryPackage => Path.Combine(Feed, $"{LibraryId}.{Version}.nupkg");

        public string ToolPackage => Path.Combine(Feed, $"{ToolId}.{Version}.nupkg");

        /// <summary>The configuration the tests were built in: packing in it finds the assemblies already built.</summary>
        public static string BuildConfiguration => typeof(ProbePackages).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value!;

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(Feed);
            await PackAsync(Path.Combine("src", "CioProbe", "CioProbe.csproj"), LibraryPackage);
            await PackAsync(Path.Combine("src", "CioProbe.Tool", "CioProbe.Tool.csproj"), ToolPackage);
        }

        /// <summary>
        /// A new folder for one consumer (an app, a tool installation) with a NuGet.config that restores from the feed
        /// and nuget.org into <see cref="PackagesFolder"/>; commands run in it, or given <see cref="NuGetConfig"/>, use it.
        /// </summary>
        public string CreateConsumerFolder(string name)
        {
            var folder = Path.Combine(Root, "consumers", name);
            Directory.CreateDirectory(folder);
            File.WriteAllText(NuGetConfig(folder), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{PackagesFolder}" />
              </config>
              <packageSources>
                <clear />
                <add key="cioprobe-e2e" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>
            """);
            return folder;
        }

        public static string NuGetConfig(string consumerFolder) => Path.Combine(consumerFolder, "NuGet.config");

        public Task DisposeAsync()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A leftover temporary folder is harmless; failing the run over it is not.
            }

            return Task.CompletedTask;
        }

        private async Task PackAsync(string project, string expected)
        {
            var pack = await ChildProcess.DotNetAsync(
                RepositoryRoot.Path,
                "pack", project, "-c", BuildConfiguration, "-o", Feed, "-p:PackageVersion=" + Version, "-nodeReuse:false");
            Assert.True(pack.ExitCode == 0, pack.ToString());
            Assert.True(File.Exists(expected), $"{expected} was not produced.\n{pack}");
        }
    }

    [CollectionDefinition(Name)]
    public sealed class ProbePackagesCollection : ICollectionFixture<ProbePackages>
    {
        public const string Name = "Probe packages";
    }
}
