using CioProbe.EndToEnd.Infrastructure;

namespace CioProbe.EndToEnd.Tool
{
    /// <summary>
    /// .NET roots that hold one runtime each (8 and 9), so the installed tool can be run where only that runtime exists.
    /// Each is the machine's muxer and host resolver with the runtime pack's files as the shared framework; the packs are
    /// restored from the feed by a self-contained project, which lets the SDK pick their versions.
    /// </summary>
    public sealed class PrivateDotNetRoots
    {
        private const string RuntimePack = "microsoft.netcore.app.runtime.linux-x64";

        private readonly ProbePackages packages;
        private readonly SemaphoreSlim gate = new(1, 1);
        private string? restored;

        public PrivateDotNetRoots(ProbePackages packages) => this.packages = packages;

        /// <summary>The folder of a .NET root whose only runtime is Microsoft.NETCore.App <paramref name="major"/>.x.</summary>
        public async Task<string> ForMajorAsync(int major)
        {
            var packs = await RestoreAsync();
            var versions = Directory.GetDirectories(packs, $"{major}.*").Select(Path.GetFileName).ToList();
            Assert.True(versions.Count == 1, $"expected one restored {RuntimePack} {major}.x in {packs}, found: {string.Join(", ", versions)}");
            var version = versions[0]!;

            var root = Path.Combine(this.packages.Root, "dotnet-roots", version);
            if (Directory.Exists(root))
            {
                return root;
            }

            var machine = MachineRoot();
            var framework = Directory.CreateDirectory(Path.Combine(root, "shared", "Microsoft.NETCore.App", version)).FullName;
            File.Copy(Path.Combine(machine, "dotnet"), Path.Combine(root, "dotnet"));
            CopyTree(Path.Combine(machine, "host"), Path.Combine(root, "host"));
            var pack = Path.Combine(packs, version, "runtimes", "linux-x64");
            foreach (var file in Directory.GetFiles(Path.Combine(pack, "lib", $"net{major}.0")).Concat(Directory.GetFiles(Path.Combine(pack, "native"))))
            {
                File.Copy(file, Path.Combine(framework, Path.GetFileName(file)));
            }

            // Files of a NuGet package lose their execute bit; the muxer's copy keeps it, createdump needs it back. The
            // roots are linux-x64 ones: this runs on Linux only.
            if (!OperatingSystem.IsLinux())
            {
                throw new PlatformNotSupportedException("The private .NET roots are assembled for linux-x64.");
            }

            File.SetUnixFileMode(Path.Combine(framework, "createdump"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            return root;
        }

        private async Task<string> RestoreAsync()
        {
            await gate.WaitAsync();
            try
            {
                if (restored is null)
                {
                    var folder = this.packages.CreateConsumerFolder("runtime-packs");
                    File.WriteAllText(Path.Combine(folder, "RuntimePacks.csproj"), """
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <TargetFrameworks>net8.0;net9.0</TargetFrameworks>
                        <RuntimeIdentifier>linux-x64</RuntimeIdentifier>
                        <SelfContained>true</SelfContained>
                      </PropertyGroup>
                    </Project>
                    """);
                    var restore = await ChildProcess.DotNetAsync(folder, "restore", "-nodeReuse:false");
                    Assert.True(restore.ExitCode == 0, $"the .NET 8 and 9 runtime packs could not be restored, so the tool cannot be run on those runtimes:\n{restore}");
                    restored = Path.Combine(this.packages.PackagesFolder, RuntimePack);
                }

                return restored;
            }
            finally
            {
                gate.Release();
            }
        }

        /// <summary>The .NET root these tests run on (its muxer and host/fxr are copied).</summary>
        public static string MachineRoot()
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            var root = host is not null ? Path.GetDirectoryName(host)! : Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location)))!;
            Assert.True(File.Exists(Path.Combine(root, "dotnet")) && Directory.Exists(Path.Combine(root, "host", "fxr")), $"no dotnet muxer and host/fxr in {root}");
            return root;
        }

        private static void CopyTree(string from, string to)
        {
            foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            {
                Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
            }

            Directory.CreateDirectory(to);
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            {
                File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
            }
        }
    }
}
