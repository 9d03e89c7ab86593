using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Tests.Infrastructure
{
    /// <summary>The Customer.io library stand-ins and the real Microsoft.Extensions assemblies that test sources compile against.</summary>
    public static class StandIns
    {
        public static ImmutableArray<(string Name, string Source)> Sources { get; } = Directory
            .GetFiles(Path.Combine(AppContext.BaseDirectory, "StandIns"), "*.cs")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => ("StandIns/" + Path.GetFileName(f), File.ReadAllText(f)))
            .ToImmutableArray();

        /// <summary>Configuration, and the HttpClient factory with the service collection it registers into.</summary>
        public static ImmutableArray<MetadataReference> ExtensionsReferences { get; } = ImmutableArray.Create<MetadataReference>(
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.ConfigurationBinder).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions).Assembly.Location));
    }
}
