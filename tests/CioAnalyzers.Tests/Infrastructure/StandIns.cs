using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CioAnalyzers.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CioAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// What test sources compile against: .NET 8 reference assemblies, the real Microsoft.Extensions assemblies some
    /// rules read, and the Customer.io library stand-ins, each its own assembly under the library's name.
    /// </summary>
    public static class StandIns
    {
        /// <summary>.NET 8's reference assemblies, resolved once.</summary>
        public static ImmutableArray<MetadataReference> Framework { get; } =
            ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult();

        /// <summary>Configuration, and the HttpClient factory with the service collection it registers into.</summary>
        public static ImmutableArray<MetadataReference> ExtensionsReferences { get; } = ImmutableArray.Create<MetadataReference>(
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.ConfigurationBinder).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions).Assembly.Location));

        /// <summary>The libraries a plain install gets; <paramref name="alternates"/> (files in tests/StandIns/Alternates) replace their namesakes.</summary>
        public static ImmutableArray<MetadataReference> Libraries(params string[] alternates)
            => StandInLibraries.References(Framework, alternates);

        /// <summary>Everything beyond the framework that test sources reference.</summary>
        public static ImmutableArray<MetadataReference> References(params string[] alternates)
            => ExtensionsReferences.AddRange(Libraries(alternates));

        /// <summary>The newer CustomerIOSharp (0.5.x: TrackApi and AppApi) in place of 1.x.</summary>
        public const string CustomerIoSharpTrackAndAppApi = "CustomerIOSharp.cs";

        public static ImmutableArray<string> AlternateFiles { get; } = System.IO.Directory
            .GetFiles(System.IO.Path.Combine(StandInLibraries.Folder, "Alternates"), "*.cs")
            .Select(System.IO.Path.GetFileName)
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .ToImmutableArray()!;
    }
}
