using System.Threading.Tasks;
using CioAnalyzers.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CioAnalyzers.Tests.Infrastructure
{
    /// <summary>A plain compilation of the stand-ins plus some code, on the same references the analyzer tests use.</summary>
    public static class StandInCompilation
    {
        public static Task<CSharpCompilation> CreateAsync(params string[] sources) => Task.FromResult(Create(sources, StandIns.References()));

        public static CSharpCompilation Create(string[] sources, System.Collections.Immutable.ImmutableArray<MetadataReference> libraries)
            => TestCompilation.Create("Consumer", TestCompilation.Parse(sources), TestCompilation.Framework.AddRange(libraries));
    }
}
