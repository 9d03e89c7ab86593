using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace CioAnalyzers.Harness
{
    /// <summary>
    /// The one compilation setup of every test project (unit, docs, crash safety, benchmark, end to end in process):
    /// .NET 8 reference assemblies, the Microsoft.Extensions assemblies some rules read, the Customer.io library
    /// stand-ins (each compiled once into its own assembly, as a package would bring it), the newest language version
    /// the host's compiler knows, nullable on, and the usings an SDK project imports implicitly.
    /// </summary>
    public static class TestCompilation
    {
        /// <summary>.NET 8's reference pack, as the analyzer test framework resolves it.</summary>
        public static ReferenceAssemblies ReferenceAssemblies { get; } = ReferenceAssemblies.Net.Net80;

        public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Preview);

        public static CSharpCompilationOptions Options { get; } = new(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: false);

        /// <summary>.NET 8's reference assemblies, resolved once.</summary>
        public static ImmutableArray<MetadataReference> Framework { get; } =
            ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult();

        /// <summary>Microsoft.Extensions.Http.Resilience, which CIO3004's fix needs.</summary>
        public static MetadataReference Resilience { get; } =
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.ResilienceHttpClientBuilderExtensions).Assembly.Location);

        /// <summary>
        /// Configuration and the options bound to it, and the HttpClient factory with the service collection it registers
        /// into and its resilience handlers.
        /// </summary>
        public static ImmutableArray<MetadataReference> Extensions { get; } = ImmutableArray.Create<MetadataReference>(
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.ConfigurationBinder).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Options.IOptions<>).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.OptionsConfigurationServiceCollectionExtensions).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions).Assembly.Location),
            Resilience);

        /// <summary>The framework and the Microsoft.Extensions assemblies: what code without Customer.io compiles against.</summary>
        public static ImmutableArray<MetadataReference> FrameworkAndExtensions { get; } = Framework.AddRange(Extensions);

        /// <summary>The libraries a plain install gets; <paramref name="alternates"/> (files in tests/StandIns/Alternates) replace their namesakes.</summary>
        public static ImmutableArray<MetadataReference> Libraries(params string[] alternates)
            => StandInLibraries.References(Framework, alternates);

        /// <summary>Everything user code compiles against, with the default libraries.</summary>
        public static ImmutableArray<MetadataReference> References { get; } = FrameworkAndExtensions.AddRange(Libraries());

        /// <summary>The implicit usings, as a (file name, source) pair.</summary>
        public static (string Name, string Source) GlobalUsingsSource { get; } = ("GlobalUsings.cs", GlobalUsings);

        public static SyntaxTree GlobalUsingsTree { get; } = CSharpSyntaxTree.ParseText(GlobalUsings, ParseOptions, "GlobalUsings.cs");

        /// <summary>A compilation of <paramref name="trees"/> with this setup; the default libraries unless <paramref name="references"/> says otherwise.</summary>
        public static CSharpCompilation Create(string assemblyName, IEnumerable<SyntaxTree> trees, IEnumerable<MetadataReference>? references = null)
            => CSharpCompilation.Create(assemblyName, trees, references ?? References, Options);

        /// <summary>Parses <paramref name="sources"/> with this setup's options.</summary>
        public static IEnumerable<SyntaxTree> Parse(params string[] sources)
            => sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions));

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
