using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Settings
{
    /// <summary>
    /// CIO2003 with the configuration files: a bound options property named for one kind of key, and a key whose name says
    /// no kind but that sits in the section of one client whose URL is the other API's.
    /// </summary>
    public class ConfiguredMixedUpCredentialTests
    {
        private const string Usings = """
            using CustomerIO.Net.Sdk.AppApi;
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIOSharp;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Options;

            """;

        private const string Sections = """
            {
              "Messaging": { "Url": "https://api.customer.io/", "ApiKey": "" },
              "Tracking": {
                "BaseAddress": "https://track-eu.customer.io/api/v1/", // the EU workspace
                "SiteId": "",
                "ApiKey": ""
              },
              "CustomerIO": { "TrackUrl": "https://track.customer.io/api/v1/", "AppUrl": "https://api.customer.io/", "ApiKey": "" },
              "Stripe": { "Url": "https://api.stripe.com/", "ApiKey": "" }
            }
            """;

        private static Task Verify(string code, params (string Path, string Text)[] files)
            => VerifyRule<MixedUpCredentialRule>.AnalyzerWithFiles(Usings + code, files);

        [Fact]
        public Task AKeyInTheSectionOfTheOtherApisClient() => Verify("""
            class Clients(IConfiguration configuration)
            {
                CustomerIo Track() => new CustomerIo(configuration["Tracking:SiteId"]!, {|CIO2003:configuration["Messaging:ApiKey"]|}!);

                CustomerIOAppApiClient App()
                {
                    // Through a local the diagnostic sits on the read.
                    var key = {|CIO2003:configuration.GetSection("Tracking")["ApiKey"]|} ?? throw new InvalidOperationException("Tracking:ApiKey is not set");
                    return new CustomerIOAppApiClient(key);
                }
            }
            """,
            ("/0/appsettings.json", Sections));

        [Fact]
        public Task TheMessageSaysWhichUrlTheKeySitsBeside() => Verifier.AnalyzerWithFiles(
            TestSubject.Of(new MixedUpCredentialRule()),
            Usings + """
            class Clients(IConfiguration configuration)
            {
                CustomerIo Track() => {|#1:new CustomerIo("site", {|#0:configuration["Messaging:ApiKey"]|}!)|};
            }
            """,
            new[] { ("/0/appsettings.json", Sections) },
            new[]
            {
                new DiagnosticResult(MixedUpCredentialRule.Rule).WithLocation(0).WithLocation(1)
                    .WithArguments("configuration[\"Messaging:ApiKey\"], beside the App API URL 'Messaging:Url',", "the App API key", "new CustomerIo(apiKey)", "Track API key"),
            });

        [Fact]
        public Task ABoundOptionsPropertyNamedForTheOtherKey() => Verify("""
            class CioOptions
            {
                public string SiteId { get; set; } = "";
                public string AppApiKey { get; set; } = "";
                public string TrackApiKey { get; set; } = "";
            }

            class Startup
            {
                void Configure(IServiceCollection services, IConfiguration configuration)
                    => services.AddOptions<CioOptions>().BindConfiguration("CustomerIO");
            }

            class Clients(IOptions<CioOptions> options)
            {
                CustomerIo Track() => new CustomerIo(options.Value.SiteId, {|CIO2003:options.Value.AppApiKey|});

                CustomerIOAppApiClient App() => new CustomerIOAppApiClient({|CIO2003:options.Value.TrackApiKey|});

                CustomerIOAppApiClient Right() => new CustomerIOAppApiClient(options.Value.AppApiKey);
            }
            """,
            ("/0/appsettings.json", """{ "CustomerIO": { "SiteId": "", "AppApiKey": "", "TrackApiKey": "" } }"""));

        [Fact]
        public Task MatchingSectionsSectionsOfBothApisAndOtherServicesAreSilent() => Verify("""
            class Clients(IConfiguration configuration)
            {
                CustomerIOAppApiClient App() => new CustomerIOAppApiClient(configuration["Messaging:ApiKey"]!);

                CustomerIo Track() => new CustomerIo(configuration["Tracking:SiteId"]!, configuration["Tracking:ApiKey"]!);

                // The section holds both APIs' URLs: its ApiKey could be either.
                CustomerIOAppApiClient Both() => new CustomerIOAppApiClient(configuration["CustomerIO:ApiKey"]!);

                CustomerIOAppApiClient Stripe() => new CustomerIOAppApiClient(configuration["Stripe:ApiKey"]!);
            }

            namespace Shop
            {
                // The project's own class with the SDK's name.
                class CustomerIo(string siteId, string apiKey);

                class Own(IConfiguration configuration)
                {
                    CustomerIo Track() => new CustomerIo("site", configuration["Messaging:ApiKey"]!);
                }
            }
            """,
            ("/0/appsettings.json", Sections));

        [Fact]
        public Task WithoutConfigurationFilesANameThatSaysNoKindIsSilent() => Verify("""
            class Clients(IConfiguration configuration)
            {
                CustomerIo Track() => new CustomerIo("site", configuration["Messaging:ApiKey"]!);
            }
            """);

        [Fact]
        public Task AKeyNamedForTheOtherApiInTheSectionOfOneClient() => VerifyAnalyzer<SettingsFileAnalyzer>.AnalyzerWithFiles(
            "class Empty { }",
            new[]
            {
                ("/0/appsettings.json", """
                    {
                      "Tracking": { "Url": "https://track.customer.io/api/v1/", "AppApiKey": "{|#0:|}" },
                      "Messaging": { "BaseAddress": "https://api.customer.io/", "TrackApiKey": "{|#1:|}", "AppApiKey": "" },
                      "CustomerIO": { "TrackUrl": "https://track.customer.io/api/v1/", "AppApiKey": "" },
                      "Stripe": { "Url": "https://api.stripe.com/", "AppApiKey": "" }
                    }
                    """),
            },
            new DiagnosticResult(MixedUpCredentialRule.Rule).WithLocation(0)
                .WithArguments("'Tracking:AppApiKey' in appsettings.json", "the App API key", "the Track API client of 'Tracking:Url'", "Track API credentials"),
            new DiagnosticResult(MixedUpCredentialRule.Rule).WithLocation(1)
                .WithArguments("'Messaging:TrackApiKey' in appsettings.json", "the Track API credentials", "the App API client of 'Messaging:BaseAddress'", "App API key"));
    }
}
