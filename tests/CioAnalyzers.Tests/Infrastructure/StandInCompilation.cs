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
        public static async Task<CSharpCompilation> CreateAsync(params string[] sources)
        {
            var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var trees = StandIns.Sources.Select(s => s.Source).Concat(sources)
                .Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Preview)));
            return CSharpCompilation.Create(
                "Consumer",
                trees,
                references.AddRange(StandIns.ExtensionsReferences),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        }
    }
}
