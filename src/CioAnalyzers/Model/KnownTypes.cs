using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model
{
    /// <summary>Framework types the analysis recognises, resolved once per compilation (null when absent).</summary>
    internal sealed class KnownTypes
    {
        public KnownTypes(Compilation compilation)
        {
            HttpClient = compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
            HttpClientJsonExtensions = compilation.GetTypeByMetadataName("System.Net.Http.Json.HttpClientJsonExtensions");
            HttpRequestMessage = compilation.GetTypeByMetadataName("System.Net.Http.HttpRequestMessage");
            IHttpClientFactory = compilation.GetTypeByMetadataName("System.Net.Http.IHttpClientFactory");
            HttpClientFactoryExtensions = compilation.GetTypeByMetadataName("System.Net.Http.HttpClientFactoryExtensions");
            HttpContent = compilation.GetTypeByMetadataName("System.Net.Http.HttpContent");
            JsonContent = compilation.GetTypeByMetadataName("System.Net.Http.Json.JsonContent");
            Uri = compilation.GetTypeByMetadataName("System.Uri");
            JsonSerializer = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializer");
            NewtonsoftJsonConvert = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonConvert");
            JsonPropertyNameAttribute = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonPropertyNameAttribute");
            NewtonsoftJsonPropertyAttribute = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonPropertyAttribute");
            Encoding = compilation.GetTypeByMetadataName("System.Text.Encoding");
            Convert = compilation.GetTypeByMetadataName("System.Convert");
            String = compilation.GetSpecialType(SpecialType.System_String);
            Environment = compilation.GetTypeByMetadataName("System.Environment");
            IConfiguration = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration");
            IConfigurationSection = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfigurationSection");
            ConfigurationBinder = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.ConfigurationBinder");
            ConfigurationExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.ConfigurationExtensions");
            DateTime = compilation.GetSpecialType(SpecialType.System_DateTime);
            DateTimeOffset = compilation.GetTypeByMetadataName("System.DateTimeOffset");
            TimeSpan = compilation.GetTypeByMetadataName("System.TimeSpan");
            ArgumentException = compilation.GetTypeByMetadataName("System.ArgumentException");
            ArgumentNullException = compilation.GetTypeByMetadataName("System.ArgumentNullException");
            GenericIDictionary = compilation.GetTypeByMetadataName("System.Collections.Generic.IDictionary`2");
            GenericIReadOnlyDictionary = compilation.GetTypeByMetadataName("System.Collections.Generic.IReadOnlyDictionary`2");
            IDictionary = compilation.GetTypeByMetadataName("System.Collections.IDictionary");
            NewtonsoftJArray = compilation.GetTypeByMetadataName("Newtonsoft.Json.Linq.JArray");
            NewtonsoftJToken = compilation.GetTypeByMetadataName("Newtonsoft.Json.Linq.JToken");
            HttpResponseMessage = compilation.GetTypeByMetadataName("System.Net.Http.HttpResponseMessage");
            Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
            GenericTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        }

        public INamedTypeSymbol? HttpClient { get; }

        public INamedTypeSymbol? HttpClientJsonExtensions { get; }

        public INamedTypeSymbol? HttpRequestMessage { get; }

        public INamedTypeSymbol? IHttpClientFactory { get; }

        public INamedTypeSymbol? HttpClientFactoryExtensions { get; }

        public INamedTypeSymbol? HttpContent { get; }

        public INamedTypeSymbol? JsonContent { get; }

        public INamedTypeSymbol? Uri { get; }

        public INamedTypeSymbol? JsonSerializer { get; }

        public INamedTypeSymbol? NewtonsoftJsonConvert { get; }

        public INamedTypeSymbol? JsonPropertyNameAttribute { get; }

        public INamedTypeSymbol? NewtonsoftJsonPropertyAttribute { get; }

        public INamedTypeSymbol? Encoding { get; }

        /// <summary>The <see cref="Encoding"/> method a Basic-auth credential is encoded with.</summary>
        public const string EncodingGetBytes = "GetBytes";

        public INamedTypeSymbol? Convert { get; }

        public INamedTypeSymbol String { get; }

        public INamedTypeSymbol? Environment { get; }

        public INamedTypeSymbol? IConfiguration { get; }

        public INamedTypeSymbol? IConfigurationSection { get; }

        public INamedTypeSymbol? ConfigurationBinder { get; }

        public INamedTypeSymbol? ConfigurationExtensions { get; }

        public INamedTypeSymbol DateTime { get; }

        public INamedTypeSymbol? DateTimeOffset { get; }

        public INamedTypeSymbol? TimeSpan { get; }

        public INamedTypeSymbol? ArgumentException { get; }

        public INamedTypeSymbol? ArgumentNullException { get; }

        public INamedTypeSymbol? GenericIDictionary { get; }

        public INamedTypeSymbol? GenericIReadOnlyDictionary { get; }

        public INamedTypeSymbol? IDictionary { get; }

        public INamedTypeSymbol? NewtonsoftJArray { get; }

        /// <summary>Newtonsoft's JSON tree: enumerable whatever JSON it holds, so its static type says nothing of its shape.</summary>
        public INamedTypeSymbol? NewtonsoftJToken { get; }
        public INamedTypeSymbol? HttpResponseMessage { get; }
        public INamedTypeSymbol? Task { get; }
        public INamedTypeSymbol? GenericTask { get; }
        /// <summary>A DateTime or a nullable one.</summary>
        public static bool IsDateTime(ITypeSymbol? type)
            => type is not null
               && (type.SpecialType == SpecialType.System_DateTime
                   || (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                       && nullable.TypeArguments[0].SpecialType == SpecialType.System_DateTime));

        public static bool Is(ITypeSymbol? candidate, INamedTypeSymbol? known)
            => known is not null && candidate is not null && SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, known);
    }
}
