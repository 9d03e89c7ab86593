using System.Collections.Immutable;
using System.Linq;
using CioAnalyzers.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Benchmarks
{
    /// <summary>A generated code base, parsed once; each measurement compiles it afresh so no run reuses another's binding.</summary>
    internal sealed class Corpus
    {
        private readonly ImmutableArray<SyntaxTree> trees;
        private readonly ImmutableArray<MetadataReference> references;

        private Corpus(string name, ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references, AnalyzerOptions options, ImmutableHashSet<string> apiFileSources, int lines, int methods, int shareMethods)
        {
            ApiFileSources = apiFileSources;
            Name = name;
            this.trees = trees;
            this.references = references;
            AnalyzerOptions = options;
            Lines = lines;
            Methods = methods;
            ShareMethods = shareMethods;
        }

        public string Name { get; }

        public bool WithCustomerIo => Name == CustomerIoName;

        private const string CustomerIoName = "customer.io";

        /// <summary>Names of the trees whose wrappers the corpus's CustomerIo.Api.txt names.</summary>
        public ImmutableHashSet<string> ApiFileSources { get; }

        public int Lines { get; }

        public int Methods { get; }

        /// <summary>Methods of Customer.io's share: using it, its docs examples, or look-alikes of it.</summary>
        public int ShareMethods { get; }

        public ImmutableArray<SyntaxTree> Trees => trees;

        /// <summary>The project's additional files (CustomerIo.Api.txt), as the build hands them to analyzers.</summary>
        public AnalyzerOptions AnalyzerOptions { get; }

        /// <summary>
        /// What a project without Customer.io compiles against: the framework, the Microsoft.Extensions assemblies and RestSharp
        /// (a general HTTP library its look-alikes call Stripe with), none of the Customer.io libraries.
        /// </summary>
        private static ImmutableArray<MetadataReference> WithoutCustomerIo { get; } =
            TestCompilation.FrameworkAndExtensions.AddRange(TestCompilation.References.Where(r => r.Display == "RestSharp.dll"));

        /// <summary>
        /// With Customer.io, the stand-ins are a referenced library, as the client package is in a real project.
        /// <paramref name="everyRule"/> adds the docs examples the share did not reach, so that every rule reports.
        /// </summary>
        public static Corpus Generate(int lines, bool withCustomerIo, int seed, bool everyRule = true)
        {
            var generated = new CorpusGenerator(seed, withCustomerIo).Generate(lines, everyRule);
            var trees = generated.Files.Select(f => CSharpSyntaxTree.ParseText(f.Source, TestCompilation.ParseOptions, f.Name)).ToImmutableArray();
            var additional = generated.AdditionalFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
            var count = generated.Files.Sum(f => f.Source.Count(c => c == '\n'));
            return new Corpus(
                withCustomerIo ? CustomerIoName : "no customer.io",
                trees,
                withCustomerIo ? TestCompilation.References : WithoutCustomerIo,
                new AnalyzerOptions(additional),
                generated.ApiFileSources.ToImmutableHashSet(System.StringComparer.Ordinal),
                count,
                generated.Methods,
                generated.ShareMethods);
        }

        public CSharpCompilation Compile()
            => CSharpCompilation.Create("Corpus", trees, references, TestCompilation.Options);
    }
}
