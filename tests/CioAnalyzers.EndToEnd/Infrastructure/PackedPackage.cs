using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using CioAnalyzers.Harness;
using Xunit;

namespace CioAnalyzers.EndToEnd.Infrastructure
{
    /// <summary>
    /// The CioAnalyzers .nupkg under test: packed from this repository once per test run under the release version with
    /// a prerelease label no earlier run used (so a stale copy in the NuGet cache is never restored), or taken from the
    /// folder named by CIOANALYZERS_E2E_ARTIFACTS when CI has packed it already.
    /// </summary>
    public sealed class PackedPackage
    {
        public const string ArtifactsVariable = "CIOANALYZERS_E2E_ARTIFACTS";

        private PackedPackage(string path, string version)
        {
            Path = path;
            Version = version;
        }

        public string Path { get; }

        public string Folder => System.IO.Path.GetDirectoryName(Path)!;

        public string Version { get; }

        /// <summary>Where restore extracts this version; removed so that the package restored is the one on disk.</summary>
        public string CachedCopy => System.IO.Path.Combine(
            Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } cache
                ? cache
                : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
            "cioanalyzers",
            Version.ToLowerInvariant());

        public static async Task<PackedPackage> CreateAsync(string scratch)
        {
            if (Environment.GetEnvironmentVariable(ArtifactsVariable) is { Length: > 0 } artifacts)
            {
                return Existing(artifacts);
            }

            // The release version with a prerelease label unique to this run: restore never finds a stale copy in the NuGet
            // cache, and the version still comes from Directory.Build.props.
            var version = ReleaseVersion.Value + "-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
            var output = System.IO.Path.Combine(scratch, "artifacts");
            var pack = await DotNet.RunAsync(
                RepositoryFiles.Root,
                "pack", RepositoryFiles.Path("src", "CioAnalyzers.Package", "CioAnalyzers.Package.csproj"),
                "-c", BuildConfiguration, "-o", output, "-p:PackageVersion=" + version, "-nodeReuse:false");
            Assert.True(pack.ExitCode == 0, pack.ToString());
            var path = System.IO.Path.Combine(output, $"CioAnalyzers.{version}.nupkg");
            Assert.True(File.Exists(path), $"{path} was not produced.\n{pack}");
            return new PackedPackage(path, version);
        }

        /// <summary>The configuration these tests were built in, so the referenced assemblies are already up to date.</summary>
        public static string BuildConfiguration => typeof(PackedPackage).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value!;

        private static PackedPackage Existing(string artifacts)
        {
            var packages = Directory.GetFiles(artifacts, "CioAnalyzers.*.nupkg")
                .Where(f => char.IsDigit(System.IO.Path.GetFileName(f)["CioAnalyzers.".Length]))
                .ToList();
            Assert.True(packages.Count == 1, $"{ArtifactsVariable}={artifacts} must hold exactly one CioAnalyzers.<version>.nupkg; found {packages.Count}.");
            var name = System.IO.Path.GetFileNameWithoutExtension(packages[0]);
            var package = new PackedPackage(packages[0], name["CioAnalyzers.".Length..]);
            if (Directory.Exists(package.CachedCopy))
            {
                Directory.Delete(package.CachedCopy, recursive: true);
            }

            return package;
        }
    }
}
