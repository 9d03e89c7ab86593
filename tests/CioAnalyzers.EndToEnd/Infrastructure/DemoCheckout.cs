using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using CioAnalyzers.Harness;

namespace CioAnalyzers.EndToEnd.Infrastructure
{
    /// <summary>
    /// The part of this repository that `dotnet build docs/demo` reads (the demo, the analyzer projects, the stand-ins,
    /// the root build files), copied to a temporary folder with the same layout, so that a test may build and format the
    /// demo exactly as the README says without touching the working copy.
    /// </summary>
    public sealed class DemoCheckout : IDisposable
    {
        private static readonly string[] Copied =
        {
            "global.json", "Directory.Build.props", "Directory.Packages.props", ".editorconfig",
            "build", Path.Combine("src", "Directory.Build.props"), Path.Combine("src", "CioAnalyzers"),
            Path.Combine("src", "CioAnalyzers.CodeFixes"), Path.Combine("tests", "StandIns"), Path.Combine("docs", "demo"),
        };

        public DemoCheckout()
        {
            foreach (var part in Copied)
            {
                var source = RepositoryFiles.Path(part);
                if (File.Exists(source))
                {
                    Copy(source, Path.Combine(Root, part));
                }
                else
                {
                    foreach (var file in SourceFiles(source))
                    {
                        Copy(file, Path.Combine(Root, part, Path.GetRelativePath(source, file)));
                    }
                }
            }
        }

        public string Root { get; } = Path.Combine(Path.GetTempPath(), "cioanalyzers-demo-" + Guid.NewGuid().ToString("N"));

        public string Demo => Path.Combine(Root, "docs", "demo");

        /// <summary>
        /// The demo as an app that installs the package: the analyzer project references and the build props they stand
        /// for give way to a PackageReference to <paramref name="package"/>, restored from its folder.
        /// </summary>
        public void UsePackage(PackedPackage package)
        {
            var project = Path.Combine(Demo, "Demo.csproj");
            var text = File.ReadAllText(project);
            var fromSource = new[]
            {
                @"<ProjectReference Include=""..\..\src\CioAnalyzers\CioAnalyzers.csproj"" OutputItemType=""Analyzer"" ReferenceOutputAssembly=""false"" />",
                @"<ProjectReference Include=""..\..\src\CioAnalyzers.CodeFixes\CioAnalyzers.CodeFixes.csproj"" OutputItemType=""Analyzer"" ReferenceOutputAssembly=""false"" />",
                @"<Import Project=""..\..\build\CioAnalyzers.props"" />",
            };
            foreach (var line in fromSource)
            {
                if (!text.Contains(line, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Demo.csproj no longer has {line}; update {nameof(UsePackage)}.");
                }

                text = text.Replace(line, string.Empty, StringComparison.Ordinal);
            }

            File.WriteAllText(project, text.Replace("</Project>", """
                  <ItemGroup>
                    <PackageReference Include="CioAnalyzers" PrivateAssets="all" />
                  </ItemGroup>
                </Project>
                """, StringComparison.Ordinal));

            var versions = Path.Combine(Root, "Directory.Packages.props");
            File.WriteAllText(versions, File.ReadAllText(versions).Replace("</Project>", $"""
                  <ItemGroup>
                    <PackageVersion Include="CioAnalyzers" Version="{package.Version}" />
                  </ItemGroup>
                </Project>
                """, StringComparison.Ordinal));

            File.WriteAllText(Path.Combine(Root, "NuGet.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="cioanalyzers-artifacts" value="{package.Folder}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
                  </packageSources>
                </configuration>
                """);
        }

        /// <summary>Run from the root, as the README's commands are.</summary>
        public Task<CommandResult> RunAsync(params string[] arguments) => DotNet.RunAsync(Root, arguments);

        /// <summary>Every file but build output, by path relative to the root, with a hash of its content.</summary>
        public IReadOnlyDictionary<string, string> Snapshot()
            => SourceFiles(Root).ToDictionary(
                f => Path.GetRelativePath(Root, f).Replace(Path.DirectorySeparatorChar, '/'),
                f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))),
                StringComparer.Ordinal);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless.
            }
        }

        private static IEnumerable<string> SourceFiles(string folder)
            => Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

        private static void Copy(string source, string target)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
    }
}
