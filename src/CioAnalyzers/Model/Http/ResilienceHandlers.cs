using System;
using System.Collections.Immutable;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// The client-factory calls that give an HttpClient a retry (or may: a handler of the project's own), and the ones
    /// that register it: data for CIO3004.
    /// </summary>
    internal static class ResilienceHandlers
    {
        /// <summary>The IServiceCollection extension that registers a named or typed client.</summary>
        public const string AddHttpClient = "AddHttpClient";

        public const string ClientFactoryExtensions = "HttpClientFactoryServiceCollectionExtensions";

        /// <summary>IHttpClientBuilder calls after which the client retries, or may (a message handler of the project's own).</summary>
        public static readonly ImmutableHashSet<string> RetryingCalls = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "AddStandardResilienceHandler", "AddStandardHedgingHandler", "AddResilienceHandler",
            "AddPolicyHandler", "AddPolicyHandlerFromRegistry", "AddTransientHttpErrorPolicy",
            "AddHttpMessageHandler");

        /// <summary>
        /// Text that names an app-wide default for every client (Aspire's service defaults add a resilience handler to all
        /// of them), possibly in another project: its presence keeps the rule silent.
        /// </summary>
        public static readonly ImmutableArray<string> AppWideDefaults = ImmutableArray.Create("ConfigureHttpClientDefaults", "AddServiceDefaults");

        /// <summary>The extension class of Microsoft.Extensions.Http.Resilience that adds the standard handler: the fix needs it.</summary>
        public const string StandardResilienceExtensions = "Microsoft.Extensions.DependencyInjection.ResilienceHttpClientBuilderExtensions";

        public const string StandardResilienceHandler = "AddStandardResilienceHandler";
    }
}
