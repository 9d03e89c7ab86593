using System.Linq;
using CioAnalyzers.Harness;
using CioAnalyzers.Model;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CioAnalyzers.Tests.Model
{
    /// <summary>
    /// The IDE analyses a document in a new compilation for each request, with the same references: the libraries are
    /// resolved once for all of them, and never shared where the source could change what a lookup finds.
    /// </summary>
    public class SharedLibrarySymbolsTests
    {
        private static readonly CSharpCompilation Base = StandInCompilation.Create(new[] { "class Consumer { }" }, StandIns.References());

        /// <summary>A tree parsed as the base compilation's are: a compilation's trees share one language version.</summary>
        private static SyntaxTree Tree(string source) => CSharpSyntaxTree.ParseText(source, (CSharpParseOptions)Base.SyntaxTrees[0].Options);

        [Fact]
        public void CompilationsWithTheSameReferencesShareOneResolution()
        {
            // Types named like the libraries' in a namespace of the user's own are look-alikes: lookups never find them.
            var edited = Base.AddSyntaxTrees(Tree("namespace Acme.Crm { class CustomerIo { } class HttpClient { } }"));

            Assert.Same(SharedLibrarySymbols.For(Base), SharedLibrarySymbols.For(edited));
            var model = CustomerIoModel.For(edited, new AnalyzerOptions(default), default);
            var customerId = edited.GetTypeByMetadataName("CustomerIOSharp.CustomerIo")!.GetMembers("TrackEventAsync").OfType<IMethodSymbol>()
                .SelectMany(m => m.Parameters).First(p => p.Name == "customerId");
            Assert.Equal(ApiRole.CustomerId, model.RoleOf(customerId));
        }

        [Fact]
        public void ASourceTypeNamedLikeOneLookedUpIsResolvedInItsOwnCompilation()
        {
            var declaring = Base.AddSyntaxTrees(Tree("namespace Newtonsoft.Json { public static class JsonConvert { } }"));

            var symbols = SharedLibrarySymbols.For(declaring);

            Assert.NotSame(SharedLibrarySymbols.For(Base), symbols);
            Assert.Equal(declaring.Assembly, symbols.Types.NewtonsoftJsonConvert?.ContainingAssembly, SymbolEqualityComparer.Default);
        }

        [Theory]
        [InlineData("namespace Newtonsoft.Json;\npublic static class JsonConvert { }")]
        [InlineData("namespace Newtonsoft { namespace Json { public static class JsonConvert { } } }")]
        [InlineData("namespace Newtonsoft.Json { public static class Outer { public static class JsonConvert { } } }")]
        public void EveryWayOfDeclaringANameLookedUpStopsTheSharing(string declaration)
        {
            // The source's declarations are read from syntax, once per tree: a file-scoped or nested namespace and a
            // nested type must still say that the source may declare what a lookup finds.
            var declaring = Base.AddSyntaxTrees(Tree(declaration));

            Assert.NotSame(SharedLibrarySymbols.For(Base), SharedLibrarySymbols.For(declaring));
        }

        [Fact]
        public void ALibraryFromAnotherProjectsSourceIsNotShared()
        {
            var library = CSharpCompilation.Create(
                "CustomerIOSharp",
                new[] { Tree("namespace CustomerIOSharp { public class CustomerIo { public CustomerIo(string siteId, string apiKey) { } } }") },
                TestCompilation.Framework,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var consumer = CSharpCompilation.Create(
                "Consumer",
                new[] { Tree("class Consumer { }") },
                TestCompilation.Framework.Add(library.ToMetadataReference()),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

            var first = SharedLibrarySymbols.For(consumer);

            Assert.NotSame(first, SharedLibrarySymbols.For(consumer.AddSyntaxTrees(Tree("class Edited { }"))));
            Assert.Contains(first.Table.Roles.Keys, s => s.ContainingAssembly.Name == "CustomerIOSharp");
        }

        [Fact]
        public void ACompilationWithoutReferencesResolvesNothingAndDoesNotThrow()
        {
            var bare = CSharpCompilation.Create("Bare", new[] { Tree("class Consumer { }") });

            var symbols = SharedLibrarySymbols.For(bare);

            Assert.Empty(symbols.Table.Roles);
            Assert.Null(symbols.Types.HttpClient);
        }
    }
}
