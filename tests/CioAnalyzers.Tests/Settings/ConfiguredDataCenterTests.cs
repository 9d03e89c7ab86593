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

        /// <summary>A type that names the US App API host in two places.</summary>
        private const string TwoUsPlaces = """
            class Messages
            {
                Task Send(HttpClient http) => http.PostAsJsonAsync({|#1:"https://api.customer.io/v1/send/email"|}, new { transactional_message_id = 3 });

                Task Push(HttpClient http) => http.PostAsJsonAsync({|#2:"https://api.customer.io/v1/send/push"|}, new { transactional_message_id = 4 });
            }
            """;

        private static Task VerifyFiles(params (string Path, string Text)[] files)
            => VerifyAnalyzer<SettingsFileAnalyzer>.AnalyzerWithFiles(NoCode, files);

        private static Task VerifyFiles(string code, params (string Path, string Text)[] files)
            => VerifyAnalyzer<SettingsFileAnalyzer>.AnalyzerWithFiles(code, files);

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
            ("/0/appsettings.json", """{ "CustomerIO": { "AppUrl": "https://api-eu.customer.io/", "TrackUrl": "https://track-eu.customer.io/api/v1/" } }"""));

        [Fact]
        public Task TheCodeInTheMinorityIsReported() => VerifyAnalyzer<MixedDataCentersAnalyzer>.AnalyzerWithFiles(
            """
            class Messages
            {
                Task Send(HttpClient http) => http.PostAsJsonAsync({|#0:"https://api.customer.io/v1/send/email"|}, new { transactional_message_id = 3 });
            }
            """,
            new[]
            {
                ("/0/appsettings.json", """
                    {
                      "CustomerIO": {
                        "TrackUrl": "{|#1:https://track-eu.customer.io/api/v1/|}",
                        "AppUrl": "https://api-eu.customer.io/"
                      }
                    }
                    """),
            },
            new DiagnosticResult(MixedDataCentersAnalyzer.Rule).WithLocation(0).WithLocation(1)
                .WithArguments("api.customer.io", "US", "EU", "'CustomerIO:TrackUrl' (track-eu.customer.io, appsettings.json)", "the configuration"));

        [Fact]
        public Task TheConfigurationInTheMinorityIsReportedInItsFile() => VerifyAnalyzer<SettingsFileAnalyzer>.AnalyzerWithFiles(
            TwoUsPlaces,
            new[]
            {
                ("/0/appsettings.json", """
                    {
                      "Logging": { "LogLevel": { "Default": "Warning" } },
                      "CustomerIO": { "TrackUrl": "{|#0:https://track-eu.customer.io/api/v1/|}" }
                    }
                    """),
            },
            new DiagnosticResult(MixedDataCentersAnalyzer.Rule).WithLocation(0).WithLocation(1).WithLocation(2)
                .WithArguments("'CustomerIO:TrackUrl' (track-eu.customer.io)", "EU", "US", "api.customer.io (2 places)", "the code of Messages, compared with the configuration,"));

        [Fact]
        public Task ConstantsMadeOfOtherConstantsOutvoteTheFile() => VerifyAnalyzer<SettingsFileAnalyzer>.AnalyzerWithSourcesAndFiles(
            new[]
            {
                """
                static class Hosts
                {
                    public const string App = "https://api.customer.io/v1";
                    public const string Email = App + "/send/email";
                    public const string Europe = "https://api-eu.customer.io/v1";
                }
                """,
                """
                class Messages
                {
                    Task Send(HttpClient http) => http.PostAsJsonAsync({|#1:Hosts.Email|}, new { transactional_message_id = 3 });

                    Task Resend(HttpClient http) => http.PostAsJsonAsync({|#2:Hosts.Email|}, new { transactional_message_id = 4 });
                }
                """,
                """
                class Agreeing
                {
                    string Url() => Hosts.Europe;
                }
                """,
            },
            new[] { ("/0/appsettings.json", """{ "CustomerIO": { "TrackUrl": "{|#0:https://track-eu.customer.io/api/v1/|}" } }""") },
            new DiagnosticResult(MixedDataCentersAnalyzer.Rule).WithLocation(0).WithLocation(1).WithLocation(2)
                .WithArguments("'CustomerIO:TrackUrl' (track-eu.customer.io)", "EU", "US", "api.customer.io (2 places)", "the code of Messages, compared with the configuration,"));

        [Fact]
        public Task ALibrarysConstantsOutvoteTheFile() => VerifyAnalyzer<SettingsFileAnalyzer>.AnalyzerWithFiles(
            """
            using CustomerIO.Net.Sdk.TrackApi;

            class Tracking
            {
                string Host() => {|#1:TrackApiHosts.US|};

                string Fallback() => {|#2:TrackApiHosts.US|};
            }
            """,
            new[] { ("/0/appsettings.json", """{ "CustomerIO": { "TrackUrl": "{|#0:https://track-eu.customer.io/api/v1/|}" } }""") },
            new DiagnosticResult(MixedDataCentersAnalyzer.Rule).WithLocation(0).WithLocation(1).WithLocation(2)
                .WithArguments("'CustomerIO:TrackUrl' (track-eu.customer.io)", "EU", "US", "track.customer.io (2 places)", "the code of Tracking, compared with the configuration,"));

        [Fact]
        public Task AConstantOfTheFilesDataCentreStillMakesATypeMixed() => VerifyAnalyzer<SettingsFileAnalyzer>.AnalyzerWithSourcesAndFiles(
            new[]
            {
                "partial " + TwoUsPlaces.Replace("{|#1:", string.Empty).Replace("{|#2:", string.Empty).Replace("|}", string.Empty),
                """
                using CustomerIO.Net.Sdk.TrackApi;

                partial class Messages
                {
                    string Track() => TrackApiHosts.EU;
                }
                """,
            },
            new[] { ("/0/appsettings.json", EuProduction) });

        [Fact]
        public Task TheCodeIsSilentWhenTheConfigurationIsTheMinority() => VerifyCode(
            TwoUsPlaces.Replace("{|#1:", string.Empty).Replace("{|#2:", string.Empty).Replace("|}", string.Empty),
            ("/0/appsettings.json", EuProduction));

        [Fact]
        public Task ATypeWhosePartsNameBothDataCentresDoesNotOutvoteTheFile() => VerifyAnalyzer<SettingsFileAnalyzer>.AnalyzerWithSourcesAndFiles(
            new[]
            {
                "partial " + TwoUsPlaces.Replace("{|#1:", string.Empty).Replace("{|#2:", string.Empty).Replace("|}", string.Empty),
                """
                partial class Messages
                {
                    Task Track(HttpClient http) => http.PostAsJsonAsync("https://track-eu.customer.io/api/v1/events", new { name = "paid" });
                }
                """,
            },
            new[] { ("/0/appsettings.json", EuProduction) });

        [Fact]
        public Task OnATieTheCodeIsReportedAndTheFileIsSilent() => VerifyFiles(
            """
            class Messages
            {
                Task Send(HttpClient http) => http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new { transactional_message_id = 3 });
            }
            """,
            ("/0/appsettings.Production.json", EuProduction));

        [Fact]
        public Task TheFileIsSilentBesideLookAlikesTablesAndRunTimeChoices() => VerifyFiles(
            """
            class NotCustomerIo
            {
                Task Send(HttpClient http) => http.PostAsJsonAsync("https://api.customer.io.example.com/v1/send/email", new { id = 3 });

                Task Pay(HttpClient http) => http.PostAsJsonAsync("https://api.stripe.com/v1/charges", new { amount = 3 });
            }

            class Table
            {
                public const string Us = "https://api.customer.io/v1";
                public const string Track = "https://track.customer.io/api/v1";
            }

            class Chosen
            {
                Task Send(HttpClient http, bool us)
                    => http.PostAsJsonAsync(us ? "https://api.customer.io/v1/send/email" : "https://api.customer.io/v1/send/push", new { id = 3 });
            }

            class Both
            {
                Task Send(HttpClient http) => http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new { id = 3 });

                Task Push(HttpClient http) => http.PostAsJsonAsync("https://api.customer.io/v1/send/push", new { id = 3 });

                Task Track(HttpClient http) => http.PostAsJsonAsync("https://track-eu.customer.io/api/v1/events", new { name = "paid" });
            }
            """,
            ("/0/appsettings.json", EuProduction),
            ("/0/appsettings.Regions.json", """{ "CustomerIO": { "Us": { "AppUrl": "https://api.customer.io/" } } }"""));

        [Fact]
        public Task TheFileIsSilentBesideEveryRunTimeChoiceOfTheOtherDataCentre() => VerifyFiles(
            """
            class Switched
            {
                string Url(string region) => region switch { "us" => "https://api.customer.io/v1/send/email", _ => "https://api.customer.io/v1/send/push" };
            }

            class Fallback
            {
                string Url(string? configured) => configured ?? "https://api.customer.io/v1/send/email" + "https://api.customer.io/v1/send/push";
            }

            class Listed
            {
                string[] urls = { "https://api.customer.io/v1/send/email", "https://api.customer.io/v1/send/push" };
            }

            class Keyed
            {
                Dictionary<string, string> urls = new() { ["email"] = "https://api.customer.io/v1/send/email", ["push"] = "https://api.customer.io/v1/send/push" };
            }

            class Branched
            {
                string Url(bool push)
                {
                    if (push) return "https://api.customer.io/v1/send/push";
                    else return "https://api.customer.io/v1/send/email";
                }
            }

            class Cased
            {
                string Url(int kind)
                {
                    switch (kind)
                    {
                        case 1: return "https://api.customer.io/v1/send/push";
                        default: return "https://api.customer.io/v1/send/email";
                    }
                }
            }
            """,
            ("/0/appsettings.json", EuProduction));

        [Fact]
        public Task StringsInInitialisersAndInterpolationsOutvoteTheFile() => VerifyAnalyzer<SettingsFileAnalyzer>.AnalyzerWithFiles(
            """
            class Messages
            {
                private readonly string email = {|#1:"https://api.customer.io/v1/send/email"|};

                string Push(int id) => $"{|#2:https://api.customer.io/v1/send/push?id=|}{id}";
            }
            """,
            new[] { ("/0/appsettings.json", """{ "CustomerIO": { "TrackUrl": "{|#0:https://track-eu.customer.io/api/v1/|}" } }""") },
            new DiagnosticResult(MixedDataCentersAnalyzer.Rule).WithLocation(0).WithLocation(1).WithLocation(2)
                .WithArguments("'CustomerIO:TrackUrl' (track-eu.customer.io)", "EU", "US", "api.customer.io (2 places)", "the code of Messages, compared with the configuration,"));

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
