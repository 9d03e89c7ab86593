using System;
using System.Collections.Immutable;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace CioAnalyzers.EndToEnd.Infrastructure
{
    /// <summary>A .nupkg's metadata, read from the .nuspec at its root, and the names of its entries.</summary>
    public sealed class PackageManifest
    {
        private readonly XElement metadata;

        private PackageManifest(string path, XElement metadata, ImmutableArray<string> entries)
        {
            Path = path;
            this.metadata = metadata;
            Entries = entries;
        }

        public string Path { get; }

        public ImmutableArray<string> Entries { get; }

        public string Id => Value("id") ?? throw new InvalidDataException($"{Path} has no id.");

        public static PackageManifest Read(string path)
        {
            using var package = ZipFile.OpenRead(path);
            var nuspec = package.Entries.Single(e => !e.FullName.Contains('/') && e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
            using var stream = nuspec.Open();
            var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            return new PackageManifest(path, metadata, package.Entries.Select(e => e.FullName).ToImmutableArray());
        }

        public XElement? Element(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);

        public string? Value(string name) => Element(name)?.Value;

        public string? Attribute(string element, string attribute) => Element(element)?.Attribute(attribute)?.Value;

        public override string ToString() => System.IO.Path.GetFileName(Path);
    }
}
