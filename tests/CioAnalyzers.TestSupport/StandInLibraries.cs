using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CioAnalyzers.Harness
{
    /// <summary>
    /// The Customer.io client-library stand-ins, each compiled into its own assembly under the real library's
    /// assembly name (the file's name), as a package would bring it. tests/StandIns holds the versions a plain
    /// install gets; tests/StandIns/Alternates other versions of the same libraries, which replace the default of
    /// the same assembly name when a test asks for them.
    /// </summary>
    public static class StandInLibraries
    {
        private static readonly ConcurrentDictionary<string, MetadataReference> Compiled = new(StringComparer.Ordinal);

        public static string Folder { get; } = RepositoryRoot.Combine("tests", "StandIns");

        /// <summary>The default libraries' source files.</summary>
        public static ImmutableArray<string> DefaultFiles { get; } = Directory.GetFiles(Folder, "*.cs")
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToImmutableArray();

        /// <summary>The default libraries, with <paramref name="alternates"/> (file names in Alternates/) replacing their namesakes.</summary>
        public static ImmutableArray<MetadataReference> References(IReadOnlyList<MetadataReference> framework, params string[] alternates)
        {
            var files = DefaultFiles.ToDictionary(AssemblyName, f => f, StringComparer.Ordinal);
            foreach (var alternate in alternates)
            {
                var path = Path.Combine(Folder, "Alternates", alternate);
                if (!File.Exists(path))
                {
                    throw new ArgumentException("No alternate stand-in " + path, nameof(alternates));
                }

                files[AssemblyName(path)] = path;
            }

            return files.Values.OrderBy(f => f, StringComparer.Ordinal).Select(f => Compile(f, framework)).ToImmutableArray();
        }

        /// <summary>A library's assembly name: its stand-in's file name.</summary>
        public static string AssemblyName(string path) => Path.GetFileNameWithoutExtension(path);

        private static MetadataReference Compile(string path, IReadOnlyList<MetadataReference> framework)
            => Compiled.GetOrAdd(path, p =>
            {
                var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(p), TestCompilation.ParseOptions, p);
                var compilation = TestCompilation.Create(AssemblyName(p), new[] { tree }, framework);
                using var image = new MemoryStream();
                var emitted = compilation.Emit(image);
                if (!emitted.Success)
                {
                    throw new InvalidOperationException($"The stand-in {p} does not compile: " + string.Join(Environment.NewLine, emitted.Diagnostics));
                }

                return MetadataReference.CreateFromImage(image.ToArray(), filePath: AssemblyName(p) + ".dll");
            });
    }
}
