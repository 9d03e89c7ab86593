using System.IO.Compression;
using System.Xml.Linq;
using CioProbe.EndToEnd.Infrastructure;

namespace CioProbe.EndToEnd
{
    /// <summary>What the CioProbe package holds and declares, as nuget.org and a consumer's restore see it.</summary>
    [Collection(ProbePackagesCollection.Name)]
    public sealed class PackageContentsTests
    {
        private readonly ProbePackages packages;

        public PackageContentsTests(ProbePackages packages) => this.packages = packages;

        [Fact]
        public void LibraryShipsForNet8AndNet10WithDocsReadmeAndLicence()
        {
            using var package = ZipFile.OpenRead(this.packages.LibraryPackage);
            var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

            Assert.Contains("lib/net8.0/CioProbe.dll", entries);
            Assert.Contains("lib/net8.0/CioProbe.xml", entries);
            Assert.Contains("lib/net10.0/CioProbe.dll", entries);
            Assert.Contains("lib/net10.0/CioProbe.xml", entries);
            Assert.Contains("probe.md", entries);
            Assert.Contains("LICENSE", entries);
        }

        [Fact]
        public void LibraryMetadataNamesDescriptionTagsReadmeLicenceAndDependenciesPerFramework()
        {
            var metadata = Nuspec(this.packages.LibraryPackage);
            string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

            Assert.Equal(ProbePackages.LibraryId, Value("id"));
            Assert.Equal(this.packages.Version, Value("version"));
            Assert.Contains("health check", Value("description"), StringComparison.OrdinalIgnoreCase);
            Assert.Contains("healthchecks", Value("tags").Split(' '));
            Assert.Equal("probe.md", Value("readme"));
            Assert.Equal("MIT", Value("license"));

            var groups = metadata.Elements().Single(e => e.Name.LocalName == "dependencies").Elements()
                .ToDictionary(g => g.Attribute("targetFramework")!.Value, g => g.Elements().Select(d => d.Attribute("id")!.Value).ToList());
            Assert.Equal(["net10.0", "net8.0"], groups.Keys.Order(StringComparer.Ordinal));
            Assert.All(groups.Values, ids => Assert.Contains("Microsoft.Extensions.Http.Resilience", ids));
        }

        [Fact]
        public void ToolPackageCarriesTheLibraryItselfAndDependsOnNothing()
        {
            using var package = ZipFile.OpenRead(this.packages.ToolPackage);
            Assert.Contains(package.Entries, e => e.FullName.StartsWith("tools/net10.0/any/", StringComparison.Ordinal) && e.Name == "CioProbe.dll");

            var dependencies = Nuspec(this.packages.ToolPackage).Elements().SingleOrDefault(e => e.Name.LocalName == "dependencies");
            Assert.True(dependencies is null || !dependencies.Descendants().Any(e => e.Name.LocalName == "dependency"), dependencies?.ToString());
        }

        private static XElement Nuspec(string packagePath)
        {
            using var package = ZipFile.OpenRead(packagePath);
            var entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
            using var stream = entry.Open();
            return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        }
    }
}
