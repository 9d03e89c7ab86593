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
    /// the Customer.io library stand-ins and the usings an SDK project imports implicitly.
    /// </summary>
    internal static class CompilationInputs
    {
        public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Preview);

        public static CSharpCompilationOptions CompilationOptions { get; } = new(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: false);

        public static ImmutableArray<MetadataReference> References { get; } = Basic.Reference.Assemblies.Net80.References.All
            .Cast<MetadataReference>()
            .Concat(new[]
            {
                MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.ConfigurationBinder).Assembly.Location),
            })
            .ToImmutableArray();

        /// <summary>The stand-ins and the implicit usings, as (file name, source) pairs.</summary>
        public static ImmutableArray<(string Name, string Source)> SharedSources { get; } = Directory
            .GetFiles(RepositoryRoot.Combine("tests", "StandIns"), "*.cs")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => ("StandIns/" + Path.GetFileName(f), File.ReadAllText(f)))
            .Append(("GlobalUsings.cs", GlobalUsings))
            .ToImmutableArray();

        public static ImmutableArray<SyntaxTree> SharedTrees { get; } = SharedSources
            .Select(s => CSharpSyntaxTree.ParseText(s.Source, ParseOptions, s.Name))
            .ToImmutableArray();

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
