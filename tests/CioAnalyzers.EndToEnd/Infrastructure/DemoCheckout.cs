using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using CioAnalyzers.Tests.Infrastructure;

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
