using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model
{
    /// <summary>Framework types (and RestSharp's) the analysis recognises, resolved once per compilation (null when absent).</summary>
    internal sealed class KnownTypes
    {
        public KnownTypes(Compilation compilation)
            : this(compilation.GetTypeByMetadataName, compilation.GetSpecialType(SpecialType.System_String), compilation.GetSpecialType(SpecialType.System_DateTime))
        {
        }

        /// <summary>The metadata names of the types looked up (<c>System.Net.Http.HttpClient</c>).</summary>
        public static ImmutableArray<string> MetadataNames { get; } = RecordNames();

        private KnownTypes(Func<string, INamedTypeSymbol?> lookup, INamedTypeSymbol @string, INamedTypeSymbol dateTime)
        {
            var found = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            INamedTypeSymbol? type(string metadataName)
            {
                var symbol = lookup(metadataName);
                if (symbol is not null)
                {
                    found.Add(symbol);
                }

                return symbol;
            }

            HttpClient = type("System.Net.Http.HttpClient");
            HttpClientJsonExtensions = type("System.Net.Http.Json.HttpClientJsonExtensions");
            HttpRequestMessage = type("System.Net.Http.HttpRequestMessage");
            IHttpClientFactory = type("System.Net.Http.IHttpClientFactory");
            HttpClientFactoryExtensions = type("System.Net.Http.HttpClientFactoryExtensions");
            HttpContent = type("System.Net.Http.HttpContent");
            HttpHeaders = type("System.Net.Http.Headers.HttpHeaders");
            HttpRequestHeaders = type("System.Net.Http.Headers.HttpRequestHeaders");
            AuthenticationHeaderValue = type("System.Net.Http.Headers.AuthenticationHeaderValue");
            JsonContent = type("System.Net.Http.Json.JsonContent");
            Uri = type("System.Uri");
            JsonSerializer = type("System.Text.Json.JsonSerializer");
            NewtonsoftJsonConvert = type("Newtonsoft.Json.JsonConvert");
            JsonSerializerOptions = type("System.Text.Json.JsonSerializerOptions");
            JsonSerializerDefaults = type("System.Text.Json.JsonSerializerDefaults");
            JsonNamingPolicy = type("System.Text.Json.JsonNamingPolicy");
            NewtonsoftJsonSerializerSettings = type("Newtonsoft.Json.JsonSerializerSettings");
            NewtonsoftCamelCaseResolver = type("Newtonsoft.Json.Serialization.CamelCasePropertyNamesContractResolver");
            JsonPropertyNameAttribute = type("System.Text.Json.Serialization.JsonPropertyNameAttribute");
            NewtonsoftJsonPropertyAttribute = type("Newtonsoft.Json.JsonPropertyAttribute");
            Encoding = type("System.Text.Encoding");
            Convert = type("System.Convert");
            String = @string;
            Environment = type("System.Environment");
            IConfiguration = type("Microsoft.Extensions.Configuration.IConfiguration");
            IConfigurationSection = type("Microsoft.Extensions.Configuration.IConfigurationSection");
            ConfigurationBinder = type("Microsoft.Extensions.Configuration.ConfigurationBinder");
            ConfigurationExtensions = type("Microsoft.Extensions.Configuration.ConfigurationExtensions");
            ConfigurationManager = type("System.Configuration.ConfigurationManager");
            DateTime = dateTime;
            DateTimeOffset = type("System.DateTimeOffset");
            TimeSpan = type("System.TimeSpan");
            ArgumentException = type("System.ArgumentException");
            ArgumentNullException = type("System.ArgumentNullException");
            GenericIDictionary = type("System.Collections.Generic.IDictionary`2");
            GenericIReadOnlyDictionary = type("System.Collections.Generic.IReadOnlyDictionary`2");
            IDictionary = type("System.Collections.IDictionary");
            NewtonsoftJArray = type("Newtonsoft.Json.Linq.JArray");
            NewtonsoftJToken = type("Newtonsoft.Json.Linq.JToken");
            HttpResponseMessage = type("System.Net.Http.HttpResponseMessage");
            Task = type("System.Threading.Tasks.Task");
            GenericTask = type("System.Threading.Tasks.Task`1");
            RestSharp = new RestSharpTypes(type);
            All = found.ToImmutable();
        }

        /// <summary>Every type found by metadata name (the special types aside).</summary>
        public ImmutableArray<INamedTypeSymbol> All { get; }

        public INamedTypeSymbol? HttpClient { get; }

        public INamedTypeSymbol? HttpClientJsonExtensions { get; }

        public INamedTypeSymbol? HttpRequestMessage { get; }

        public INamedTypeSymbol? IHttpClientFactory { get; }

        public INamedTypeSymbol? HttpClientFactoryExtensions { get; }

        public INamedTypeSymbol? HttpContent { get; }

        /// <summary>Where <c>Add</c> and <c>TryAddWithoutValidation</c> write a header by name.</summary>
        public INamedTypeSymbol? HttpHeaders { get; }

        /// <summary>A client's default headers and a request's headers, with their typed <c>Authorization</c>.</summary>
        public INamedTypeSymbol? HttpRequestHeaders { get; }

        public INamedTypeSymbol? AuthenticationHeaderValue { get; }

        public INamedTypeSymbol? JsonContent { get; }

        public INamedTypeSymbol? Uri { get; }

        public INamedTypeSymbol? JsonSerializer { get; }

        public INamedTypeSymbol? NewtonsoftJsonConvert { get; }

        public INamedTypeSymbol? JsonSerializerOptions { get; }

        public INamedTypeSymbol? JsonSerializerDefaults { get; }

        public INamedTypeSymbol? JsonNamingPolicy { get; }

        public INamedTypeSymbol? NewtonsoftJsonSerializerSettings { get; }

        public INamedTypeSymbol? NewtonsoftCamelCaseResolver { get; }

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

        /// <summary>The .NET Framework's reader of Web.config/App.config (<c>ConfigurationManager.AppSettings["key"]</c>).</summary>
        public INamedTypeSymbol? ConfigurationManager { get; }

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

        /// <summary>RestSharp's types, when the compilation references it.</summary>
        public RestSharpTypes RestSharp { get; }

        private static ImmutableArray<string> RecordNames()
        {
            var names = ImmutableArray.CreateBuilder<string>();
            _ = new KnownTypes(name => { names.Add(name); return null; }, null!, null!);
            return names.ToImmutable();
        }

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
