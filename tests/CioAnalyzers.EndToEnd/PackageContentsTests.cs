using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using CioAnalyzers.EndToEnd.Infrastructure;
using CioAnalyzers.Harness;
using Xunit;

namespace CioAnalyzers.EndToEnd
{
    /// <summary>What the CioAnalyzers .nupkg holds, and that its assemblies load in the oldest supported host.</summary>
    [Collection(ConsumerCollection.Name)]
    public class PackageContentsTests
    {
        /// <summary>Changing the package layout means changing this list.</summary>
        private static readonly string[] ExpectedEntries =
        {
            "CioAnalyzers.nuspec",
            "LICENSE",
            "README.md",
            "analyzers/dotnet/cs/CioAnalyzers.CodeFixes.dll",
            "analyzers/dotnet/cs/CioAnalyzers.dll",
            "build/CioAnalyzers.Strict.globalconfig",
            "build/CioAnalyzers.props",
            "buildTransitive/CioAnalyzers.Strict.globalconfig",
            "buildTransitive/CioAnalyzers.props",
        };

        /// <summary>The newest versions the .NET 8 SDK's compiler (Roslyn 4.8) carries: see docs/decisions/0001.</summary>
        private static readonly Dictionary<string, Version> HostAssemblyCeilings = new()
        {
            ["System.Collections.Immutable"] = new Version(8, 0, 0, 0),
            ["System.Reflection.Metadata"] = new Version(8, 0, 0, 0),
            ["Microsoft.CodeAnalysis"] = new Version(4, 8, 0, 0),
            ["Microsoft.CodeAnalysis.CSharp"] = new Version(4, 8, 0, 0),
            ["Microsoft.CodeAnalysis.Workspaces"] = new Version(4, 8, 0, 0),
            ["Microsoft.CodeAnalysis.CSharp.Workspaces"] = new Version(4, 8, 0, 0),
        };

        private readonly ConsumerSolution consumer;

        public PackageContentsTests(ConsumerSolution consumer) => this.consumer = consumer;

        [Fact]
        public void EntriesAreTheAnalyzerAssembliesBuildFilesReadmeAndLicense()
        {
            using var package = ZipFile.OpenRead(consumer.Package.Path);
            var entries = package.Entries
                .Select(e => e.FullName)
                .Where(n => !IsPackagingPart(n))
                .OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(ExpectedEntries, entries);
        }

        [Theory]
        [InlineData("build/CioAnalyzers.props")]
        [InlineData("buildTransitive/CioAnalyzers.props")]
        [InlineData("build/CioAnalyzers.Strict.globalconfig")]
        [InlineData("buildTransitive/CioAnalyzers.Strict.globalconfig")]
        public void BuildFilesAreTheRepositorysFiles(string entry)
        {
            using var package = ZipFile.OpenRead(consumer.Package.Path);
            using var reader = new StreamReader(package.GetEntry(entry)!.Open());
            Assert.Equal(RepositoryFiles.Read("build", entry.Split('/')[1]), reader.ReadToEnd());
        }

        [Fact]
        public void MetadataDescribesADevelopmentDependencyWithoutDependenciesAndLinksTheChangelog()
        {
            var metadata = Nuspec().Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

            Assert.Equal("CioAnalyzers", Value("id"));
            Assert.Equal(consumer.Package.Version, Value("version"));
            // The release version, or this run's prerelease of it: never a version of the project's own.
            Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(ReleaseVersion.Value)}(-[0-9A-Za-z.-]+)?$", Value("version"));
            Assert.Equal("true", Value("developmentDependency"));
            Assert.Equal("MIT", Value("license"));
            Assert.Equal("README.md", Value("readme"));
            Assert.Contains("Customer.io", Value("description"), StringComparison.Ordinal);
            Assert.Contains("customerio", Value("tags")!.Split(' '));
            Assert.Contains("roslyn", Value("tags")!.Split(' '));
            var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
            Assert.Equal(ReleasePackageTests.RepositoryUrl, repository.Attribute("url")!.Value);
            Assert.Equal("git", repository.Attribute("type")!.Value);
            Assert.Equal(ReleasePackageTests.RepositoryUrl, Value("projectUrl"));
            Assert.Contains(ReleasePackageTests.ChangelogUrl, Value("releaseNotes"), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(Value("authors")));
            Assert.Null(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "dependencies"));
        }

        [Fact]
        public void AssembliesReferenceNothingNewerThanTheOldestSupportedCompiler()
        {
            using var package = ZipFile.OpenRead(consumer.Package.Path);
            var assemblies = package.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(assemblies);

            var tooNew = new List<string>();
            var checkedReferences = 0;
            foreach (var entry in assemblies)
            {
                foreach (var (name, version) in References(entry))
                {
                    if (HostAssemblyCeilings.TryGetValue(name, out var ceiling))
                    {
                        checkedReferences++;
                        if (version > ceiling)
                        {
                            tooNew.Add($"{entry.FullName} references {name} {version}, newer than {ceiling}");
                        }
                    }
                }
            }

            Assert.True(checkedReferences > 0, "No reference to the compiler's assemblies was found: the check read nothing.");
            Assert.Empty(tooNew);
        }

        [Fact]
        public void ReadmeLinksLeadOutOfThePackage()
        {
            using var package = ZipFile.OpenRead(consumer.Package.Path);
            using var reader = new StreamReader(package.GetEntry("README.md")!.Open());
            var targets = System.Text.RegularExpressions.Regex.Matches(reader.ReadToEnd(), @"\]\(([^)\s]+)\)")
                .Select(m => m.Groups[1].Value)
                .ToList();

            Assert.Contains(targets, t => t.EndsWith("/docs/rules/CIO1001.md", StringComparison.Ordinal));
            Assert.All(targets, t => Assert.StartsWith("https://", t, StringComparison.Ordinal));
        }

        [Fact]
        public void AnalyzerAssemblyDoesNotReferenceWorkspaces()
        {
            using var package = ZipFile.OpenRead(consumer.Package.Path);
            var analyzer = package.GetEntry("analyzers/dotnet/cs/CioAnalyzers.dll")!;
            var names = References(analyzer).Select(r => r.Name).ToList();
            Assert.Contains("Microsoft.CodeAnalysis", names);
            Assert.DoesNotContain(names, n => n.Contains("Workspaces", StringComparison.Ordinal));
        }

        private static bool IsPackagingPart(string name)
            => name is "[Content_Types].xml" || name.StartsWith("_rels/", StringComparison.Ordinal) || name.StartsWith("package/", StringComparison.Ordinal);

        private XDocument Nuspec()
        {
            using var package = ZipFile.OpenRead(consumer.Package.Path);
            using var stream = package.GetEntry("CioAnalyzers.nuspec")!.Open();
            return XDocument.Load(stream);
        }

        private static List<(string Name, Version Version)> References(ZipArchiveEntry entry)
        {
            using var copy = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(copy);
            }

            copy.Position = 0;
            using var pe = new PEReader(copy);
            var reader = pe.GetMetadataReader();
            return reader.AssemblyReferences
                .Select(h => reader.GetAssemblyReference(h))
                .Select(r => (reader.GetString(r.Name), r.Version))
                .ToList();
        }
    }
}
