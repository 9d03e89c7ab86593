using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Settings
{
    /// <summary>
    /// CIO2001 with the project's configuration files: a credential read whose setting every file leaves blank, or no
    /// file sets, is reported and the message says which; one that a file sets is not; options properties bound to such a
    /// setting count too.
    /// </summary>
    public class ConfiguredCredentialTests
    {
        private const string Usings = """
            using CustomerIOSharp;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Options;

            """;

        private const string BlankKeys = """
            {
              // filled in by the deployment
              "CustomerIO": { "SiteId": "", "ApiKey": "", },
              "ConnectionStrings": { "CustomerIoKey": "" },
              "Clients": [ { "Name": "crm", "Key": "" } ]
            }
            """;

        private static Task Verify(string code, params (string Path, string Text)[] files)
            => VerifyRule<MaybeMissingCredentialRule>.AnalyzerWithFiles(Usings + code, files);

        private static Task VerifyMessage(string code, (string Path, string Text)[] files, params DiagnosticResult[] expected)
            => Verifier.AnalyzerWithFiles(TestSubject.Of(new MaybeMissingCredentialRule()), Usings + code, files, expected);

        [Fact]
        public Task EachReadOfASettingEveryFileLeavesBlank() => Verify("""
            class Setup
            {
                void Run(IConfiguration configuration)
                {
                    var byIndexer = new CustomerIo({|CIO2001:configuration["CustomerIO:SiteId"]|}, {|CIO2001:configuration["customerio:apikey"]|});
                    var byGetValue = new CustomerIo({|CIO2001:configuration.GetValue<string>("CustomerIO:SiteId")|}, {|CIO2001:configuration.GetSection("CustomerIO").GetValue<string>("ApiKey")|});
                    var bySection = new CustomerIo({|CIO2001:configuration.GetSection("CustomerIO")["SiteId"]|}, {|CIO2001:configuration.GetSection("CustomerIO:ApiKey").Value|}!);
                    var byConnectionString = new CustomerIo({|CIO2001:configuration["Clients:0:Key"]|}, {|CIO2001:configuration.GetConnectionString("CustomerIoKey")|} ?? "");
                }
            }
            """,
            ("/0/appsettings.json", BlankKeys));

        [Fact]
        public Task TheMessageNamesTheFileWithTheBlankValueOrSaysNoFileSetsIt() => VerifyMessage("""
            class Setup
            {
                CustomerIo Blank(IConfiguration configuration) => {|#1:new CustomerIo({|#0:configuration["CustomerIO:SiteId"]|}, "key")|};

                CustomerIo Unset(IConfiguration configuration) => {|#3:new CustomerIo("site", {|#2:configuration["CustomerIO:TrackApiKey"]|})|};

                CustomerIo DevelopmentOnly(IConfiguration configuration) => {|#5:new CustomerIo("site", {|#4:configuration["CustomerIO:ApiKey"]|})|};
            }
            """,
            new[]
            {
                ("/0/appsettings.json", BlankKeys),
                ("/0/appsettings.Production.json", """{ "CustomerIO": { "SiteId": "" } }"""),
                ("/0/appsettings.Development.json", """{ "CustomerIO": { "ApiKey": "dev-key" } }"""),
            },
            new DiagnosticResult(MaybeMissingCredentialRule.Rule).WithLocation(0).WithLocation(1).WithLocation(0)
                .WithArguments("site id", "new CustomerIo(siteId)", "configuration[\"CustomerIO:SiteId\"] (set to \"\" in appsettings.json)"),
            new DiagnosticResult(MaybeMissingCredentialRule.Rule).WithLocation(2).WithLocation(3).WithLocation(2)
                .WithArguments("Track API key", "new CustomerIo(apiKey)", "configuration[\"CustomerIO:TrackApiKey\"] (set in no configuration file)"),
            new DiagnosticResult(MaybeMissingCredentialRule.Rule).WithLocation(4).WithLocation(5).WithLocation(4)
                .WithArguments("Track API key", "new CustomerIo(apiKey)", "configuration[\"CustomerIO:ApiKey\"] (set in appsettings.Development.json but not in every environment)"));

        [Fact]
        public Task AValueInAnyFileMakesTheReadSafe() => Verify("""
            class Setup
            {
                CustomerIo Create(IConfiguration configuration) => new CustomerIo(configuration["CustomerIO:SiteId"], configuration.GetSection("CustomerIO")["ApiKey"]);

                CustomerIo FromWebConfig(IConfiguration configuration) => new CustomerIo(configuration["CioSiteId"], configuration.GetConnectionString("CioKey"));
            }
            """,
            ("/0/appsettings.json", BlankKeys),
            ("/0/appsettings.Production.json", """{ "CustomerIO": { "SiteId": "${CIO_SITE_ID}", "ApiKey": "#{CioApiKey}" } }"""),
            ("/0/Web.config", """
                <configuration>
                  <appSettings><add key="CioSiteId" value="123abc" /></appSettings>
                  <connectionStrings><add name="CioKey" connectionString="vault:cio-key" /></connectionStrings>
                </configuration>
                """));

        [Fact]
        public Task ABrokenFileIsSkippedAndTheReadKeepsTodaysReport() => Verify("""
            class Setup
            {
                CustomerIo Create(IConfiguration configuration) => new CustomerIo({|CIO2001:configuration["CustomerIO:SiteId"]|}, {|CIO2001:configuration["CustomerIO:ApiKey"]|});
            }
            """,
            ("/0/appsettings.json", """{ "CustomerIO": { "SiteId": "123", "ApiKey": """));

        [Fact]
        public Task ABoundOptionsPropertyThatNoFileFills() => Verify("""
            class CioOptions
            {
                public string SiteId { get; set; } = "";
                public string ApiKey { get; set; } = null!;
                public string Region { get; set; } = "us";
            }

            class Startup
            {
                void Configure(IServiceCollection services, IConfiguration configuration)
                    => services.Configure<CioOptions>(configuration.GetSection("CustomerIO"));
            }

            class Tracker(IOptions<CioOptions> options)
            {
                private readonly string apiKey = options.Value.ApiKey;

                // Through the field the diagnostic sits on the call and points at the read.
                CustomerIo Create() => {|CIO2001:new CustomerIo({|CIO2001:options.Value.SiteId|}, apiKey)|};
            }

            class Monitored(IOptionsMonitor<CioOptions> monitor)
            {
                CustomerIo Create() => new CustomerIo({|CIO2001:monitor.CurrentValue.SiteId|}, {|CIO2001:monitor.CurrentValue.ApiKey|});
            }
            """,
            ("/0/appsettings.json", """{ "CustomerIO": { "SiteId": "" }, "Logging": { "LogLevel": { "Default": "Information" } } }"""));

        [Fact]
        public Task OptionsThatAreFilledValidatedOrDefaultedAreSafe() => Verify("""
            using System.ComponentModel.DataAnnotations;

            class CioOptions
            {
                public string SiteId { get; set; } = "";
                public string ApiKey { get; set; } = "";
            }

            class ValidatedOptions
            {
                public string SiteId { get; set; } = "";
                [Required] public string ApiKey { get; set; } = "";
            }

            class DefaultedOptions
            {
                public string SiteId { get; set; } = "site";
                public string ApiKey { get; set; } = "key";
            }

            class Startup
            {
                void Configure(IServiceCollection services, IConfiguration configuration)
                {
                    services.Configure<CioOptions>(configuration.GetSection("CustomerIO"));
                    services.AddOptions<ValidatedOptions>().BindConfiguration("Validated").Validate(o => o.SiteId.Length > 0);
                    services.Configure<DefaultedOptions>(configuration.GetSection("Defaulted"));
                }
            }

            class Tracker(IOptions<CioOptions> filled, IOptions<ValidatedOptions> validated, IOptions<DefaultedOptions> defaulted)
            {
                CustomerIo Filled() => new CustomerIo(filled.Value.SiteId, filled.Value.ApiKey);

                CustomerIo Validated() => new CustomerIo(validated.Value.SiteId, validated.Value.ApiKey);

                CustomerIo Defaulted() => new CustomerIo(defaulted.Value.SiteId, defaulted.Value.ApiKey);
            }
            """,
            ("/0/appsettings.json", """{ "CustomerIO": { "SiteId": "123", "ApiKey": "" } }"""),
            ("/0/appsettings.Production.json", """{ "CustomerIO": { "ApiKey": "#{CioApiKey}" } }"""));

        [Fact]
        public Task LookAlikesStaySilent() => Verify("""
            namespace Shop
            {
                class CustomerIo(string siteId, string apiKey);

                class StripeOptions
                {
                    public string ApiKey { get; set; } = "";
                }

                class Payments(IOptions<StripeOptions> options, IConfiguration configuration)
                {
                    // The project's own class that shares the SDK's name, and a Stripe key blank in the files.
                    CustomerIo Own() => new CustomerIo(configuration["CustomerIO:SiteId"]!, configuration["CustomerIO:ApiKey"]!);

                    HttpClient Stripe()
                    {
                        var http = new HttpClient { BaseAddress = new Uri("https://api.stripe.com/v1/") };
                        http.DefaultRequestHeaders.Add("Authorization", $"Bearer {options.Value.ApiKey}");
                        http.DefaultRequestHeaders.Add("Stripe-Account", configuration["Stripe:Account"]);
                        return http;
                    }
                }

                class Startup
                {
                    void Configure(IServiceCollection services, IConfiguration configuration)
                        => services.Configure<StripeOptions>(configuration.GetSection("Stripe"));
                }
            }
            """,
            ("/0/appsettings.json", """{ "CustomerIO": { "SiteId": "", "ApiKey": "" }, "Stripe": { "ApiKey": "", "Account": "" } }"""));

        [Fact]
        public Task WebConfigAppSettingsReadThroughConfigurationManager() => Verify("""
            class Legacy
            {
                CustomerIo Blank() => new CustomerIo(System.Configuration.ConfigurationManager.AppSettings["CioSiteId"]!, {|CIO2001:System.Configuration.ConfigurationManager.AppSettings["CioApiKey"]|}!);

                // The project's own class of that name is not the .NET Framework's reader.
                CustomerIo Own() => new CustomerIo("site", Shop.ConfigurationManager.AppSettings["CioApiKey"]);
            }

            namespace System.Configuration
            {
                public static class ConfigurationManager
                {
                    public static System.Collections.Specialized.NameValueCollection AppSettings { get; } = new();
                }
            }

            namespace Shop
            {
                public static class ConfigurationManager
                {
                    public static System.Collections.Generic.Dictionary<string, string> AppSettings { get; } = new();
                }
            }
            """,
            ("/0/Web.config", """
                <configuration>
                  <appSettings>
                    <add key="CioSiteId" value="3f9a1c7e5b2d8f4a6c0e" />
                    <add key="CioApiKey" value="" />
                  </appSettings>
                </configuration>
                """));
    }
}
