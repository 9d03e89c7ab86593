using System.Linq;
using CioAnalyzers.Model.Settings;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CioAnalyzers.Tests.Settings
{
    /// <summary>The configuration files are read as the .NET configuration system reads them, and a broken one is skipped.</summary>
    public class SettingsReaderTests
    {
        [Fact]
        public void JsonNestingArraysCommentsAndTrailingCommasFlattenAsTheConfigurationProviderDoes()
        {
            const string text = """
                // settings of the web app
                {
                  "CustomerIO": {
                    "TrackUrl": "https://track-eu.customer.io", /* the EU account */
                    "Retries": 3,
                    "Enabled": true,
                    "Unset": null,
                    "Hosts": [ "a", { "Name": "b" }, ],
                    "Empty": {},
                  },
                  "Flat:Key": "x\u0041\"y",
                }
                """;

            var entries = JsonSettingsReader.Read(text)!.Value;

            Assert.Equal(
                new[]
                {
                    ("CustomerIO:TrackUrl", "https://track-eu.customer.io"), ("CustomerIO:Retries", "3"), ("CustomerIO:Enabled", "true"),
                    ("CustomerIO:Unset", null), ("CustomerIO:Hosts:0", "a"), ("CustomerIO:Hosts:1:Name", "b"), ("CustomerIO:Empty", null),
                    ("Flat:Key", "xA\"y"),
                },
                entries.Select(e => (e.Key, e.Value)).ToArray());
            var url = entries[0];
            Assert.Equal("https://track-eu.customer.io", text.Substring(url.Span.Start, url.Span.Length));
        }

        [Theory]
        [InlineData("")]
        [InlineData("[1, 2]")]
        [InlineData("{ \"a\": }")]
        [InlineData("{ \"a\": \"unterminated }")]
        [InlineData("{ \"a\": 1 } trailing")]
        [InlineData("{ \"a\": tru }")]
        [InlineData("{ \"a\": \"\\q\" }")]
        [InlineData("{ a: 1 }")]
        public void BrokenJsonIsSkipped(string text) => Assert.Null(JsonSettingsReader.Read(text));

        [Fact]
        public void DeepNestingEndsTheReadInsteadOfTheStack()
        {
            var deep = "{\"a\":" + new string('[', 100_000);
            Assert.Null(JsonSettingsReader.Read(deep));
        }

        [Fact]
        public void WebConfigAppSettingsAndConnectionStringsAreReadWithTheirValuePositions()
        {
            const string text = """
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <appSettings>
                    <!-- <add key="Commented" value="out" /> -->
                    <add key="CustomerIOApiKey" value='k1' />
                    <add value="v2" key="Other" />
                  </appSettings>
                  <connectionStrings>
                    <add name="Crm" connectionString="Server=db" providerName="System.Data.SqlClient" />
                  </connectionStrings>
                  <system.web>
                    <add key="NotASetting" value="x" />
                  </system.web>
                </configuration>
                """;

            var entries = XmlSettingsReader.Read(SourceText.From(text))!.Value;

            Assert.Equal(
                new (string, string?)[] { ("CustomerIOApiKey", "k1"), ("Other", "v2"), ("ConnectionStrings:Crm", "Server=db") },
                entries.Select(e => (e.Key, e.Value)).ToArray());
            Assert.All(entries, e => Assert.Equal(e.Value, text.Substring(e.Span.Start, e.Span.Length)));
        }

        [Theory]
        [InlineData("<configuration><appSettings>")]
        [InlineData("<!DOCTYPE x [<!ENTITY a \"b\">]><configuration/>")]
        [InlineData("not xml")]
        public void BrokenOrDtdXmlIsSkipped(string text) => Assert.Null(XmlSettingsReader.Read(SourceText.From(text)));

        [Theory]
        [InlineData("/p/appsettings.json", "Json", null)]
        [InlineData("/p/AppSettings.Production.json", "Json", "Production")]
        [InlineData("/p/Web.config", "Xml", null)]
        [InlineData("/p/web.Release.config", "Xml", "Release")]
        [InlineData("/p/App.config", "Xml", null)]
        public void ConfigurationFilesAreKnownByName(string path, string kind, string? environment)
        {
            Assert.Equal(kind, SettingsFile.KindOf(path, out var found)?.ToString());
            Assert.Equal(environment, found);
        }

        [Theory]
        [InlineData("/p/settings.json")]
        [InlineData("/p/appsettings-old.json")]
        [InlineData("/p/appsettings.a.b.json")]
        [InlineData("/p/appsettings..json")]
        [InlineData("/p/launchSettings.json")]
        [InlineData("/p/nlog.config")]
        [InlineData("/p/CustomerIo.Api.txt")]
        public void OtherFilesAreNot(string path) => Assert.Null(SettingsFile.KindOf(path, out _));

        [Theory]
        [InlineData("CustomerIO:TrackApiKey", "TrackApiKey")]
        [InlineData("CustomerIO:ApiKey", "TrackApiKey")]
        [InlineData("CustomerIo:AppApiKey", "AppApiKey")]
        [InlineData("CUSTOMERIO_APP_API_KEY", "AppApiKey")]
        [InlineData("Cio:AppKey", "AppApiKey")]
        [InlineData("Integrations:Customer.io:WriteKey", "WriteKey")]
        [InlineData("CustomerIOApiKey", "TrackApiKey")]
        public void SettingsNamingACustomerIoKeyAreSecrets(string key, string role)
            => Assert.Equal(role, CustomerIoSettingNames.SecretRoleOf(key)?.ToString());

        [Theory]
        [InlineData("CustomerIO:SiteId")]
        [InlineData("CustomerIO:TrackUrl")]
        [InlineData("Stripe:ApiKey")]
        [InlineData("ApiKey")]
        [InlineData("CustomerIO:ApiKeys")]
        [InlineData("CustomerIO:ApiKey:Rotation")]
        [InlineData("CustomerService:ApiKey")]
        public void OtherSettingsAreNot(string key) => Assert.Null(CustomerIoSettingNames.SecretRoleOf(key));
    }
}
