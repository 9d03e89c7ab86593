using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CioAnalyzers.EndToEnd.Infrastructure;
using CioAnalyzers.Harness;
using Xunit;

namespace CioAnalyzers.EndToEnd
{
    /// <summary>The release version is set in one place, and the changelog has a section for it (no build needed).</summary>
    public class ReleaseVersionTests
    {
        /// <summary>The properties that set a package's or an assembly's version, one way or another.</summary>
        private static readonly string[] VersionProperties =
        {
            "Version", "VersionPrefix", "VersionSuffix", "PackageVersion", "AssemblyVersion", "FileVersion", "InformationalVersion",
        };

        private static readonly string[] SkippedFolders = { ".git", "bin", "obj", "artifacts", "TestResults" };

        [Fact]
        public void OnlyTheRootPropsSetAVersion()
        {
            var files = Directory.GetFiles(RepositoryFiles.Root, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith("proj", StringComparison.Ordinal) || f.EndsWith(".props", StringComparison.Ordinal) || f.EndsWith(".targets", StringComparison.Ordinal))
                .Where(f => !Path.GetRelativePath(RepositoryFiles.Root, f).Split(Path.DirectorySeparatorChar).Any(SkippedFolders.Contains))
                .ToList();
            Assert.Contains(files, f => f.EndsWith("CioProbe.Tool.csproj", StringComparison.Ordinal));

            var root = RepositoryFiles.Path(ReleaseVersion.PropsFile);
            var setters = files
                .SelectMany(f => XDocument.Load(f).Descendants()
                    .Where(e => e.Parent?.Name.LocalName == "PropertyGroup" && VersionProperties.Contains(e.Name.LocalName))
                    .Select(e => (File: f, Property: e.Name.LocalName)))
                .Where(s => !(s.File == root && s.Property == "Version"))
                .Select(s => $"{Path.GetRelativePath(RepositoryFiles.Root, s.File)} sets {s.Property}")
                .ToList();
            Assert.True(setters.Count == 0, $"The version is set in {ReleaseVersion.PropsFile} only:\n" + string.Join("\n", setters));
        }

        [Fact]
        public void ChangelogHasASectionForTheReleaseVersion()
        {
            var changelog = RepositoryFiles.Read("CHANGELOG.md");
            Assert.Matches(new Regex($@"^## \[{Regex.Escape(ReleaseVersion.Value)}\]", RegexOptions.Multiline), changelog);
        }
    }
}
