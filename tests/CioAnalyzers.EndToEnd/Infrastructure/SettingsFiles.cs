using System.Collections.Immutable;
using Microsoft.Extensions.Configuration;

namespace CioAnalyzers.EndToEnd.Infrastructure
{
    /// <summary>
    /// The Settings consumer: a typed client whose BaseAddress is read from appsettings.json, and a Track API key committed
    /// in that file. The project lists none of its configuration files but appsettings.Production.json, which it names
    /// itself (the package must not add that one a second time).
    /// </summary>
    public static class SettingsFiles
    {
        public const string Client = "TrackClient.cs";

        public const string AppSettings = "appsettings.json";

        public const string ProductionSettings = "appsettings.Production.json";

        /// <summary>What the build reports, by file and line.</summary>
        public static ImmutableArray<(string File, int Line, string Id)> Expected { get; } = ImmutableArray.Create(
            (AppSettings, 4, "CIO2002"),
            (Client, 12, "CIO3001"));

        public static void Write(ConsumerProject project, string packageVersion)
        {
            project.WriteProjectFile(packageVersion, extraItems: $"""
                  <ItemGroup>
                    <PackageReference Include="Microsoft.Extensions.Configuration.Binder" Version="{RuleExamples.VersionOf(typeof(ConfigurationBinder))}" />
                    <AdditionalFiles Include="{ProductionSettings}" />
                  </ItemGroup>
                {RuleExamples.ProjectItems}
                """);
            project.Write(AppSettings, """
                {
                  "CustomerIO": {
                    "TrackUrl": "https://track.customer.io/api/v1/",
                    "TrackApiKey": "a8f3k2m9x7q1w5e4r6t0"
                  }
                }
                """);
            project.Write(ProductionSettings, """
                {
                  // Production sends to the same host; its key comes from CustomerIO__TrackApiKey.
                  "CustomerIO": { "TrackUrl": "https://track.customer.io/api/v1/", "TrackApiKey": "" },
                }
                """);
            project.Write(Client, """
                using System;
                using System.Net.Http;
                using System.Threading.Tasks;
                using Microsoft.Extensions.Configuration;

                public sealed class TrackClient(HttpClient http, IConfiguration configuration)
                {
                    private readonly HttpClient client = Configure(http, configuration);

                    public async Task Forget(string id)
                    {
                        using var response = await client.DeleteAsync("customers/" + id);
                        response.EnsureSuccessStatusCode();
                    }

                    private static HttpClient Configure(HttpClient http, IConfiguration configuration)
                    {
                        http.BaseAddress = new Uri(configuration["CustomerIO:TrackUrl"] ?? throw new InvalidOperationException("CustomerIO:TrackUrl is not set"));
                        return http;
                    }
                }
                """);
        }
    }
}
