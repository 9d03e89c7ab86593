using System;
using System.Linq;
using System.Xml.Linq;
using CioAnalyzers.Harness;

namespace CioAnalyzers.EndToEnd.Infrastructure
{
    /// <summary>The version every package is released under: the one Version property of the root Directory.Build.props.</summary>
    public static class ReleaseVersion
    {
        public const string PropsFile = "Directory.Build.props";

        public static string Value { get; } = Read();

        private static string Read()
        {
            var versions = XDocument.Load(RepositoryFiles.Path(PropsFile)).Descendants()
                .Where(e => e.Name.LocalName == "Version" && e.Parent?.Name.LocalName == "PropertyGroup")
                .Select(e => e.Value.Trim())
                .ToList();
            return versions.Count == 1 && versions[0].Length > 0
                ? versions[0]
                : throw new InvalidOperationException($"{PropsFile} must set Version exactly once; it sets it {versions.Count} times.");
        }
    }
}
