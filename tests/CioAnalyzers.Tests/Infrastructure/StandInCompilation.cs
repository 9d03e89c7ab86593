using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace CioAnalyzers.Tests.Infrastructure
{
    /// <summary>A plain compilation of the stand-ins plus some code, on the same references the analyzer tests use.</summary>
    public static class StandInCompilation
    {
        public static Task<CSharpCompilation> CreateAsync(params string[] sources) => Task.FromResult(Create(sources, StandIns.References()));

        public static CSharpCompilation Create(string[] sources, System.Collections.Immutable.ImmutableArray<MetadataReference> libraries)
        {
            var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Preview)));
            return CSharpCompilation.Create(
                "Consumer",
                trees,
                StandIns.Framework.AddRange(libraries),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        }
    }
}
