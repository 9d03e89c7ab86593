using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Settings
{
    /// <summary>
    /// CIO2004 between the code and the configuration: the code's hosts, all in one data centre, against an environment
    /// whose configured hosts are all in the other; and a region setting that a configured host contradicts.
    /// </summary>
    public class ConfiguredDataCenterTests
    {
        private const string EuProduction = """{ "CustomerIO": { "TrackUrl": "https://track-eu.customer.io/api/v1/" } }""";

        private const string NoCode = "class Empty { }";

        private static Task VerifyCode(string code, params (string Path, string Text)[] files)
            => VerifyAnalyzer<MixedDataCentersAnalyzer>.AnalyzerWithFiles(code, files);

        private static Task VerifyFiles(params (string Path, string Text)[] files)
            => VerifyAnalyzer<SettingsFileAnalyzer>.AnalyzerWithFiles(NoCode, files);

        [Fact]
        public Task TheCodesHostAgainstAnEnvironmentConfiguredInTheOtherDataCentre() => VerifyAnalyzer<MixedDataCentersAnalyzer>.AnalyzerWithFiles(
            """
            class Messages
            {
                Task Send(HttpClient http) => http.PostAsJsonAsync({|#0:"https://api.customer.io/v1/send/email"|}, new { transactional_message_id = 3 });
            }
            """,
            new[]
            {
                ("/0/appsettings.json", """{ "CustomerIO": { "TrackUrl": "" }, "Logging": { "LogLevel": { "Default": "Warning" } } }"""),
                ("/0/appsettings.Production.json", EuProduction),
            },
            new DiagnosticResult(MixedDataCentersAnalyzer.Rule).WithLocation(0).WithSpan("/0/appsettings.Production.json", 1, 32, 1, 68)
                .WithArguments("api.customer.io", "US", "EU", "'CustomerIO:TrackUrl' (track-eu.customer.io, appsettings.Production.json)", "the Production configuration"));

        [Fact]
        public Task EveryHostOfTheTypeAndLibraryConstantsToo() => VerifyCode(
            """
            using CustomerIO.Net.Sdk.TrackApi;

            class Crm
            {
                const string App = "https://api.customer.io/v1";

                Task Send(HttpClient http) => http.PostAsJsonAsync({|CIO2004:App|} + "/send/email", new { transactional_message_id = 3 });

                CustomerIOTrackApiClient Track() => new(new TrackApiOptions { ApiKey = "k", Host = {|CIO2004:TrackApiHosts.US|} });
            }
            """,
            ("/0/appsettings.json", """{ "CustomerIO": { "AppUrl": "https://api-eu.customer.io/" } }"""));

        [Fact]
        public Task TheFixSwitchesTheCodesHost() => VerifyAnalyzer<MixedDataCentersAnalyzer>.FixWithFiles<UseOneDataCenterCodeFix>(
            """
            class Messages
            {
                Task Send(HttpClient http) => http.PostAsJsonAsync({|CIO2004:"https://api.customer.io/v1/send/email"|}, new { transactional_message_id = 3 });
            }

            class Events
            {
                Task Track(HttpClient http) => http.PostAsJsonAsync({|CIO2004:"https://track.customer.io/api/v1/events"|}, new { name = "paid" });
            }
            """,
            """
            class Messages
            {
                Task Send(HttpClient http) => http.PostAsJsonAsync("https://api-eu.customer.io/v1/send/email", new { transactional_message_id = 3 });
            }

            class Events
            {
                Task Track(HttpClient http) => http.PostAsJsonAsync("https://track-eu.customer.io/api/v1/events", new { name = "paid" });
            }
            """,
            ("/0/appsettings.Production.json", EuProduction));

        [Fact]
        public Task AgreeingHostsRunTimeChoicesTablesAndMixedConfigurationsAreSilent() => VerifyCode(
            """
            class Agreeing
            {
                Task Send(HttpClient http) => http.PostAsJsonAsync("https://api-eu.customer.io/v1/send/email", new { transactional_message_id = 3 });
            }

            class Chosen
            {
                Task Send(HttpClient http, IConfiguration configuration)
                    => http.PostAsJsonAsync(configuration["CustomerIO:AppUrl"] ?? "https://api.customer.io/v1/send/email", new { transactional_message_id = 3 });
            }

            class Table
            {
                public const string Us = "https://api.customer.io/v1";
                public const string Eu = "https://api-eu.customer.io/v1";
            }

            class OtherService
            {
                Task Pay(HttpClient http) => http.PostAsJsonAsync("https://api.stripe.com/v1/charges", new { amount = 3 });
            }
            """,
            ("/0/appsettings.json", EuProduction),
            ("/0/appsettings.Regions.json", """{ "CustomerIO": { "Us": { "AppUrl": "https://api.customer.io/" } } }"""),
            ("/0/appsettings.Segment.json", """{ "Segment": { "Url": "https://api.segment.io/v1" } }"""));

        [Fact]
        public Task AConfigurationThatIsItselfMixedIsLeftToTheFileReport() => VerifyCode(
            """
            class Messages
            {
                Task Send(HttpClient http) => http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new { transactional_message_id = 3 });
            }
            """,
            ("/0/appsettings.json", """{ "CustomerIO": { "TrackUrl": "https://track-eu.customer.io/api/v1/", "AppUrl": "https://api.customer.io/" } }"""));

        [Fact]
        public Task ARegionSettingThatAConfiguredHostContradicts() => VerifyAnalyzer<SettingsFileAnalyzer>.AnalyzerWithFiles(
            NoCode,
            new[]
            {
                ("/0/appsettings.json", """
                    {
                      "CustomerIO": {
                        "Region": "{|#0:eu|}",
                        "TrackUrl": "{|#1:https://track.customer.io/api/v1/|}"
                      }
                    }
                    """),
            },
            new DiagnosticResult(MixedDataCentersAnalyzer.Rule).WithLocation(0).WithLocation(1)
                .WithArguments("'CustomerIO:Region' (eu)", "EU", "US", "'CustomerIO:TrackUrl' (track.customer.io)", "the configuration"));

        [Fact]
        public Task RegionSettingsThatAgreeOrAreNotCustomerIosAreSilent() => VerifyFiles(
            ("/0/appsettings.json", """
                {
                  "CustomerIO": { "Region": "EU", "TrackUrl": "https://track-eu.customer.io/api/v1/" },
                  "Aws": { "Region": "us-east-1" },
                  "Region": "us"
                }
                """),
            ("/0/Web.config", """
                <configuration>
                  <appSettings>
                    <add key="CustomerIoRegion" value="us" />
                    <add key="CustomerIoTrackUrl" value="https://track.customer.io/api/v1/" />
                  </appSettings>
                </configuration>
                """));

        [Fact]
        public Task ARegionInAWebConfigAndAHostInItsTransform() => VerifyFiles(
            ("/0/Web.config", """<configuration><appSettings><add key="CustomerIoRegion" value="{|CIO2004:us|}" /></appSettings></configuration>"""),
            ("/0/Web.Release.config", """<configuration><appSettings><add key="CustomerIoAppUrl" value="https://api-eu.customer.io/" /></appSettings></configuration>"""));
    }
}
