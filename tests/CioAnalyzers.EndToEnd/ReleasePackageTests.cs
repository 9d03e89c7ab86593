using System;
using System.Collections.Generic;
using System.Linq;
using CioAnalyzers.EndToEnd.Infrastructure;
using Xunit;

namespace CioAnalyzers.EndToEnd
{
    /// <summary>
    /// Every package the repository ships, packed as a release packs them, carries the one release version and complete
    /// metadata: links to the project, the repository and the changelog, a README, a licence and authors.
    /// </summary>
    [Collection(ConsumerCollection.Name)] // one heavy dotnet process at a time
    public class ReleasePackageTests : IClassFixture<ReleasePackages>
    {
        public const string RepositoryUrl = "https://github.com/cioanalyzers/cioanalyzers";

        public const string ChangelogUrl = RepositoryUrl + "/blob/main/CHANGELOG.md";

        /// <summary>Packages that must be among those packed, so that the checks below cannot pass on an empty list.</summary>
        private static readonly string[] KnownPackages = { "CioAnalyzers", "CioProbe.Tool" };

        private readonly ReleasePackages packages;

        public ReleasePackageTests(ReleasePackages packages) => this.packages = packages;

        private IReadOnlyList<PackageManifest> Manifests => packages.Paths.Select(PackageManifest.Read).ToList();

        [Fact]
        public void EveryKnownPackageIsPacked()
        {
            var ids = Manifests.Select(m => m.Id).ToList();
            Assert.True(KnownPackages.All(ids.Contains), $"Packed: {string.Join(", ", ids)}.\n{packages.Pack}");
        }

        [Fact]
        public void EveryPackageCarriesTheVersionOfDirectoryBuildProps()
        {
            Assert.NotEmpty(Manifests);
            Assert.All(Manifests, m =>
            {
                Assert.True(m.Value("version") == ReleaseVersion.Value, $"{m} has version {m.Value("version")}, not {ReleaseVersion.Value}.");
                Assert.EndsWith($".{ReleaseVersion.Value}.nupkg", m.Path, StringComparison.Ordinal);
            });
        }

        [Fact]
        public void EveryPackageLinksTheProjectTheRepositoryAndTheChangelog()
        {
            Assert.NotEmpty(Manifests);
            Assert.All(Manifests, m =>
            {
                Assert.Equal(RepositoryUrl, m.Value("projectUrl"));
                Assert.Equal("git", m.Attribute("repository", "type"));
                Assert.Equal(RepositoryUrl, m.Attribute("repository", "url"));
                Assert.Contains(ChangelogUrl, m.Value("releaseNotes") ?? "", StringComparison.Ordinal);
            });
        }

        [Fact]
        public void EveryPackageHasAReadmeALicenceAuthorsAndADescription()
        {
            Assert.NotEmpty(Manifests);
            Assert.All(Manifests, m =>
            {
                var readme = m.Value("readme");
                Assert.False(string.IsNullOrWhiteSpace(readme), $"{m} names no README.");
                Assert.Contains(readme!.Replace('\\', '/'), m.Entries);
                Assert.Equal("expression", m.Attribute("license", "type"));
                Assert.Equal("MIT", m.Value("license"));
                Assert.False(string.IsNullOrWhiteSpace(m.Value("authors")), $"{m} names no authors.");
                Assert.False(string.IsNullOrWhiteSpace(m.Value("description")), $"{m} has no description.");
            });
        }
    }
}
