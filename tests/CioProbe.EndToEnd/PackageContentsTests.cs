using System.IO.Compression;
using System.Xml.Linq;
using CioProbe.EndToEnd.Infrastructure;

namespace CioProbe.EndToEnd;

/// <summary>What the CioProbe package holds and declares, as nuget.org and a consumer's restore see it.</summary>
[Collection(ProbePackagesCollection.Name)]
public sealed class PackageContentsTests
{
    private readonly ProbePackages _packages;

    public PackageContentsTests(ProbePackages packages) => _packages = packages;

    [Fact]
    public void Library_ships_for_net8_and_net10_with_docs_readme_and_licence()
    {
        using var package = ZipFile.OpenRead(_packages.LibraryPackage);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("lib/net8.0/CioProbe.dll", entries);
        Assert.Contains("lib/net8.0/CioProbe.xml", entries);
        Assert.Contains("lib/net10.0/CioProbe.dll", entries);
        Assert.Contains("lib/net10.0/CioProbe.xml", entries);
        Assert.Contains("probe.md", entries);
        Assert.Contains("LICENSE", entries);
    }

    [Fact]
    public void Library_metadata_names_description_tags_readme_licence_and_dependencies_per_framework()
    {
        var metadata = Nuspec(_packages.LibraryPackage);
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        Assert.Equal(ProbePackages.LibraryId, Value("id"));
        Assert.Equal(_packages.Version, Value("version"));
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
    public void Tool_package_carries_the_library_itself_and_depends_on_nothing()
    {
        using var package = ZipFile.OpenRead(_packages.ToolPackage);
        Assert.Contains(package.Entries, e => e.FullName.StartsWith("tools/net10.0/any/", StringComparison.Ordinal) && e.Name == "CioProbe.dll");

        var dependencies = Nuspec(_packages.ToolPackage).Elements().SingleOrDefault(e => e.Name.LocalName == "dependencies");
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
