using System.Text.Json;
using CioProbe.EndToEnd.Infrastructure;
using CioProbe.Tests;

namespace CioProbe.EndToEnd.Tool
{
    /// <summary>
    /// The packed CioProbe.Tool installed with dotnet tool install and run against the fake Customer.io: on the machine's
    /// .NET 10, and (the net8.0 build) on .NET roots that hold only .NET 8 or only .NET 9, with no roll-forward setting
    /// but the tool's own.
    /// </summary>
    [Collection(ProbePackagesCollection.Name)]
    public sealed class ToolInstallTests : IAsyncLifetime
    {
        private const string AllGood = "config=ok track-credentials=ok region=ok app-credentials=ok customer=skipped test-event=skipped";

        private readonly ProbePackages packages;
        private FakeCustomerIo server = null!;

        public ToolInstallTests(ProbePackages packages) => this.packages = packages;

        public async Task InitializeAsync() => server = await FakeCustomerIo.StartAsync();

        public async Task DisposeAsync() => await server.DisposeAsync();

        [Fact]
        public async Task InstalledToolRunsOnTheMachineRuntime()
        {
            var tool = await InstallAsync("tool-default", framework: null);

            var run = await RunAsync(tool, dotnetRoot: null, "--json");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(AllGood, Statuses(run.Output));
        }

        [LinuxX64Fact]
        public async Task Net8BuildRunsWhereOnlyNet8IsInstalled()
        {
            var tool = await InstallAsync("tool-net8", "net8.0");
            var roots = new PrivateDotNetRoots(this.packages);

            foreach (var major in new[] { 8, 9 })
            {
                var root = await roots.ForMajorAsync(major);
                var runtimes = await ChildProcess.RunAsync(root, Path.Combine(root, "dotnet"), ["--list-runtimes"], TimeSpan.FromMinutes(1), new Dictionary<string, string?> { ["DOTNET_ROOT"] = root });
                var only = Assert.Single(runtimes.Output.Trim().Split('\n'));
                Assert.StartsWith($"Microsoft.NETCore.App {major}.", only);

                var run = await RunAsync(tool, root, "--json");

                Assert.True(run.ExitCode == 0, $".NET {major}: {run}");
                Assert.Equal(AllGood, Statuses(run.Output));
            }
        }

        [LinuxX64Fact]
        public async Task Net10BuildDoesNotStartOnNet8SoTheNet8RunIsReal()
        {
            var tool = await InstallAsync("tool-net10", "net10.0");
            var root = await new PrivateDotNetRoots(this.packages).ForMajorAsync(8);

            var run = await RunAsync(tool, root, "--json");

            Assert.NotEqual(0, run.ExitCode);
            Assert.Contains("You must install or update .NET", run.Output);
        }

        private async Task<string> InstallAsync(string name, string? framework)
        {
            var folder = this.packages.CreateConsumerFolder(name);
            var toolPath = Path.Combine(folder, "tools");
            string[] arguments =
            [
                "tool", "install", ProbePackages.ToolId, "--version", this.packages.Version, "--tool-path", toolPath,
                "--add-source", this.packages.Feed, "--configfile", ProbePackages.NuGetConfig(folder),
                .. framework is null ? Array.Empty<string>() : ["--framework", framework],
            ];
            var install = await ChildProcess.DotNetAsync(folder, arguments);
            Assert.True(install.ExitCode == 0, install.ToString());
            var tool = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "cio-probe.exe" : "cio-probe");
            Assert.True(File.Exists(tool), $"{tool} not installed:\n{install}");
            return tool;
        }

        // Stdout and stderr together: --json prints only the report to stdout, and nothing to stderr when all is well.
        private Task<CommandResult> RunAsync(string tool, string? dotnetRoot, params string[] arguments)
        {
            var environment = server.Environment();
            environment["DOTNET_ROLL_FORWARD"] = null;
            if (dotnetRoot is not null)
            {
                environment["DOTNET_ROOT"] = dotnetRoot;
                environment["DOTNET_ROOT_X64"] = null;
            }

            return ChildProcess.RunAsync(Path.GetDirectoryName(tool)!, tool, arguments, TimeSpan.FromMinutes(1), environment);
        }

        private static string Statuses(string json)
        {
            using var document = JsonDocument.Parse(json);
            return string.Join(" ", document.RootElement.GetProperty("checks").EnumerateArray().Select(c => $"{c.GetProperty("id").GetString()}={c.GetProperty("status").GetString()}"));
        }
    }
}
