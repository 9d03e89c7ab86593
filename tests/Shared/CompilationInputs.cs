using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CioAnalyzers.Harness
{
    /// <summary>
    /// What every compiled input shares: .NET 8 reference assemblies, the configuration assemblies some rules read,
    /// the Customer.io library stand-ins (compiled once into a reference, as a package would bring them) and the
    /// usings an SDK project imports implicitly.
    /// </summary>
    internal static class CompilationInputs
    {
        public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Preview);

        public static CSharpCompilationOptions CompilationOptions { get; } = new(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: false);

        /// <summary>The framework and configuration references, without the stand-ins.</summary>
        public static ImmutableArray<MetadataReference> FrameworkReferences { get; } = Basic.Reference.Assemblies.Net80.References.All
            .Cast<MetadataReference>()
            .Concat(new[]
            {
                MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.ConfigurationBinder).Assembly.Location),
            })
            .ToImmutableArray();

        public static ImmutableArray<MetadataReference> References { get; } = FrameworkReferences.Add(CompileStandIns());

        /// <summary>The implicit usings, as a (file name, source) pair.</summary>
        public static (string Name, string Source) GlobalUsingsSource { get; } = ("GlobalUsings.cs", GlobalUsings);

        public static SyntaxTree GlobalUsingsTree { get; } = CSharpSyntaxTree.ParseText(GlobalUsings, ParseOptions, "GlobalUsings.cs");

        private static MetadataReference CompileStandIns()
        {
            var trees = Directory.GetFiles(RepositoryRoot.Combine("tests", "StandIns"), "*.cs")
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), ParseOptions, f));
            var compilation = CSharpCompilation.Create("CustomerIoStandIns", trees, FrameworkReferences, CompilationOptions);
            using var image = new MemoryStream();
            var emitted = compilation.Emit(image);
            if (!emitted.Success)
            {
                throw new InvalidOperationException("The stand-ins do not compile: " + string.Join(Environment.NewLine, emitted.Diagnostics));
            }

            return MetadataReference.CreateFromImage(image.ToArray());
        }

        private const string GlobalUsings = """
            global using System;
            global using System.Collections.Generic;
            global using System.IO;
            global using System.Linq;
            global using System.Net.Http;
            global using System.Net.Http.Json;
            global using System.Text;
            global using System.Threading;
            global using System.Threading.Tasks;
            global using Microsoft.Extensions.Configuration;
            """;
    }
}
