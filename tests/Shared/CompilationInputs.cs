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
    /// the Customer.io library stand-ins (each compiled once into its own assembly, as a package would bring it) and the
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

        public static ImmutableArray<MetadataReference> References { get; } = FrameworkReferences.AddRange(StandInLibraries.References(FrameworkReferences));

        /// <summary>The implicit usings, as a (file name, source) pair.</summary>
        public static (string Name, string Source) GlobalUsingsSource { get; } = ("GlobalUsings.cs", GlobalUsings);

        public static SyntaxTree GlobalUsingsTree { get; } = CSharpSyntaxTree.ParseText(GlobalUsings, ParseOptions, "GlobalUsings.cs");

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
