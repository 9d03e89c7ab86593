using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Settings
{
    /// <summary>CIO2002 in configuration files: a real-looking key committed under a Customer.io key setting, on its line.</summary>
    public class SettingsFileAnalyzerTests
    {
        private const string Code = "class Program { static void Main() { } }";

        // Shaped like real keys: 20 and 32 characters of letters and digits.
        private const string TrackKey = "a8f3k2m9x7q1w5e4r6t0";
        private const string AppKey = "9d2c7e1f0b8a6d4c3e5f7a9b1c2d4e6f";

        private static Task Verify(params (string Path, string Text)[] files) => VerifyAnalyzer<SettingsFileAnalyzer>.AnalyzerWithFiles(Code, files);

        [Fact]
        public Task KeysInAppSettingsAreReportedOnTheirValue() => Verify(("/0/appsettings.json", $$"""
            {
              "CustomerIO": {
                "SiteId": "3f9a1c7e5b2d8f4a6c0e",
                "TrackApiKey": "{|CIO2002:{{TrackKey}}|}",
                "AppApiKey": "{|CIO2002:{{AppKey}}|}",
                "TrackUrl": "https://track.customer.io"
              }
            }
            """));

        [Fact]
        public Task EnvironmentFilesFlatKeysAndWebConfigAreRead() => Verify(
            ("/0/appsettings.Production.json", $$"""{ "CUSTOMERIO_API_KEY": "{|CIO2002:{{TrackKey}}|}", }"""),
            ("/0/Web.config", $$"""
                <configuration>
                  <appSettings>
                    <add key="CustomerIO.AppApiKey" value="{|CIO2002:{{AppKey}}|}" />
                    <add key="CustomerIOSiteId" value="3f9a1c7e5b2d8f4a6c0e" />
                  </appSettings>
                </configuration>
                """));

        [Fact]
        public Task TheMessageSaysWhichSettingAndHowToOverrideIt() => VerifyAnalyzer<SettingsFileAnalyzer>.AnalyzerWithFiles(
            Code,
            new[] { ("/0/appsettings.json", $$"""{ "CustomerIo": { "AppApiKey": "{{AppKey}}" } }""") },
            new DiagnosticResult(CredentialInSourceRule.Rule)
                .WithSpan("/0/appsettings.json", 1, 33, 1, 65)
                .WithArguments("App API key", "'CustomerIo:AppApiKey' in appsettings.json", "CustomerIo__AppApiKey, or user secrets in development"));

        [Fact]
        public Task PlaceholdersTokensAndEmptyValuesAreSilent() => Verify(("/0/appsettings.json", """
            {
              "CustomerIO": {
                "TrackApiKey": "",
                "AppApiKey": "YOUR_APP_API_KEY",
                "ApiKey": "${CUSTOMERIO_API_KEY}",
                "WriteKey": "#{CioWriteKey}#",
                "Key": null
              }
            }
            """));

        [Fact]
        public Task OtherServicesKeysAndOtherFilesAreSilent() => Verify(
            ("/0/appsettings.json", $$"""{ "Stripe": { "ApiKey": "{{TrackKey}}" }, "CustomerIO": { "SiteId": "{{TrackKey}}" } }"""),
            ("/0/secrets.json", $$"""{ "CustomerIO": { "TrackApiKey": "{{TrackKey}}" } }"""),
            ("/0/nlog.config", $$"""<configuration><appSettings><add key="CustomerIOApiKey" value="{{TrackKey}}" /></appSettings></configuration>"""));

        [Fact]
        public Task HostsOfBothDataCentresInOneEnvironmentAreReportedOnTheLessUsedOne() => Verify(
            ("/0/appsettings.json", """
                {
                  "CustomerIO": {
                    "TrackUrl": "https://track.customer.io/api/v1/",
                    "AppUrl": "https://api.customer.io/",
                    "CdpUrl": "https://cdp.customer.io/v1"
                  }
                }
                """),
            ("/0/appsettings.Production.json", """
                {
                  "CustomerIO": {
                    "TrackUrl": "https://track-eu.customer.io/api/v1/",
                    "AppUrl": "https://api-eu.customer.io/",
                    "CdpUrl": "https://cdp-eu.customer.io/v1"
                  }
                }
                """),
            ("/0/appsettings.Staging.json", """{ "CustomerIO": { "AppUrl": "{|CIO2004:https://api-eu.customer.io/|}" } }"""));

        [Fact]
        public Task ARegionTableAndOtherHostsAreSilent() => Verify(
            ("/0/appsettings.json", """
                {
                  "CustomerIO": {
                    "TrackUrl": "https://track.customer.io/api/v1/",
                    "Regions": { "Eu": { "TrackUrl": "https://track-eu.customer.io/api/v1/" } },
                    "EuAppUrl": "https://api-eu.customer.io/"
                  },
                  "Mock": { "Url": "http://localhost:5005/" }
                }
                """),
            ("/0/appsettings.Development.json", """{ "CustomerIO": { "TrackUrl": "http://localhost:5005/" } }"""));

        [Fact]
        public Task TheMixedHostsMessageNamesTheSettingsAndTheEnvironment() => VerifyAnalyzer<SettingsFileAnalyzer>.AnalyzerWithFiles(
            Code,
            new[]
            {
                ("/0/appsettings.json", """{ "CustomerIO": { "TrackUrl": "https://track.customer.io/api/v1/", "AppUrl": "https://api.customer.io/" } }"""),
                ("/0/appsettings.Production.json", """{ "CustomerIO": { "AppUrl": "https://api-eu.customer.io/" } }"""),
            },
            new DiagnosticResult(MixedDataCentersAnalyzer.Rule)
                .WithSpan("/0/appsettings.Production.json", 1, 30, 1, 57)
                .WithSpan("/0/appsettings.json", 1, 32, 1, 65)
                .WithArguments("'CustomerIO:AppUrl' (api-eu.customer.io)", "EU", "US", "'CustomerIO:TrackUrl' (track.customer.io)", "the Production configuration"),
            new DiagnosticResult(MixedDataCentersAnalyzer.Rule)
                .WithSpan("/0/appsettings.json", 1, 32, 1, 65)
                .WithSpan("/0/appsettings.Production.json", 1, 30, 1, 57)
                .WithArguments("'CustomerIO:TrackUrl' (track.customer.io)", "US", "EU", "'CustomerIO:AppUrl' (api-eu.customer.io)", "the Production configuration"));

        [Fact]
        public Task BrokenFilesAreSkipped() => Verify(
            ("/0/appsettings.json", $$"""{ "CustomerIO": { "TrackApiKey": "{{TrackKey}}" """),
            ("/0/Web.config", $$"""<configuration><appSettings><add key="CustomerIOApiKey" value="{{TrackKey}}" />"""));
    }
}
