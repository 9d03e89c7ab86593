using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.Harness;
using Xunit;

namespace CioAnalyzers.EndToEnd.Infrastructure
{
    /// <summary>
    /// Every package the repository ships, packed as a release packs them: every project under src through one
    /// solution, with no version given on the command line, so each package takes the version its project files give
    /// it. Projects that are not packable produce nothing. The build goes to an artifacts folder of its own
    /// (--artifacts-path), so the repository's bin and obj folders, which other test projects may be building at the
    /// same time, are neither read nor written.
    /// </summary>
    public sealed class ReleasePackages : IAsyncLifetime
    {
        private readonly string root = Path.Combine(Path.GetTempPath(), "cioanalyzers-release-" + Guid.NewGuid().ToString("N"));

        public ImmutableArray<string> Paths { get; private set; }

        public CommandResult Pack { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(root);
            var projects = Directory.GetFiles(RepositoryFiles.Path("src"), "*.csproj", SearchOption.AllDirectories)
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => $"""  <Project Path="{p}" />""");
            var solution = Path.Combine(root, "Shipped.slnx");
            File.WriteAllText(solution, "<Solution>\n" + string.Join("\n", projects) + "\n</Solution>\n");

            // From the repository root, so that its global.json picks the SDK, as for every other build of it.
            var output = Path.Combine(root, "packages");
            Pack = await DotNet.RunAsync(RepositoryFiles.Root, "pack", solution, "-c", PackedPackage.BuildConfiguration,
                "--artifacts-path", Path.Combine(root, "artifacts"), "-o", output, "-nodeReuse:false");
            Assert.True(Pack.ExitCode == 0, Pack.ToString());
            Paths = Directory.GetFiles(output, "*.nupkg").OrderBy(p => p, StringComparer.Ordinal).ToImmutableArray();
        }

        public Task DisposeAsync()
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless; failing the run over it is not.
            }

            return Task.CompletedTask;
        }
    }
}
