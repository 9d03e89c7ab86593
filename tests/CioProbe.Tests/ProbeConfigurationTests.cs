using CioProbe.Configuration;
using Microsoft.Extensions.Configuration;

namespace CioProbe.Tests
{
    /// <summary>Reading the settings from a configuration section: layering, the ApiKey alias, and errors that name keys, never values.</summary>
    public sealed class ProbeConfigurationTests
    {
        private const string SiteId = "SiteQ7vX2mZk9PwR4tLb";
        private const string TrackKey = "Trk9Hs3NdY8cUq5JxVf2";
        private const string OtherKey = "Oth3rK3yQ8vN2xZ7pL4m";
        private const string AppKey = "AppKey7Gm2Rz9Wq4Lt8Xc3Vb6Nh1Pd5Jy";

        private static IConfigurationSection Section(params (string Key, string? Value)[] settings) =>
            new ConfigurationBuilder()
                .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>("CustomerIO:" + s.Key, s.Value)))
                .Build()
                .GetSection(ProbeConfigurationKeys.DefaultSection);

        [Fact]
        public void ReadTakesEveryKeyOfTheSection()
        {
            var options = ProbeConfiguration.Read(Section(
                ("SiteId", SiteId), ("TrackApiKey", TrackKey), ("AppApiKey", AppKey), ("Region", "eu"),
                ("TrackUrl", "https://proxy.example/track"), ("AppUrl", "https://proxy.example/app")));

            Assert.Equal(SiteId, options.SiteId);
            Assert.Equal(TrackKey, options.TrackApiKey);
            Assert.Equal(AppKey, options.AppApiKey);
            Assert.Equal("eu", options.Region);
            Assert.Equal("https://proxy.example/track", options.TrackUrl);
            Assert.Equal("https://proxy.example/app", options.AppUrl);
        }

        [Fact]
        public void ApplyLayersOverEarlierSourcesAndLeavesAbsentKeysAlone()
        {
            var options = new CustomerIoProbeOptions { SiteId = "from-earlier", TrackApiKey = "earlier-key", Region = "us", MaxRetries = 1 };

            ProbeConfiguration.Apply(Section(("SiteId", SiteId), ("Region", "eu")), options);

            Assert.Equal(SiteId, options.SiteId);
            Assert.Equal("eu", options.Region);
            Assert.Equal("earlier-key", options.TrackApiKey);
            Assert.Null(options.AppApiKey);
            Assert.Equal(1, options.MaxRetries);
        }

        [Fact]
        public void LaterSourcesOfOneConfigurationOverrideEarlierOnesKeyByKey()
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["CustomerIO:SiteId"] = "from-appsettings", ["CustomerIO:Region"] = "us" })
                .AddInMemoryCollection(new Dictionary<string, string?> { ["CustomerIO:SiteId"] = SiteId })
                .Build();

            var options = ProbeConfiguration.Read(configuration.GetSection("CustomerIO"));

            Assert.Equal(SiteId, options.SiteId);
            Assert.Equal("us", options.Region);
        }

        [Fact]
        public void ApiKeyIsAnAliasOfTrackApiKey()
        {
            Assert.Equal(TrackKey, ProbeConfiguration.Read(Section(("ApiKey", TrackKey))).TrackApiKey);
            Assert.Equal(TrackKey, ProbeConfiguration.Read(Section(("ApiKey", TrackKey), ("TrackApiKey", TrackKey))).TrackApiKey);
        }

        [Fact]
        public void ApiKeyOverridesATrackKeyFromAnEarlierSource()
        {
            var options = new CustomerIoProbeOptions { TrackApiKey = OtherKey };

            ProbeConfiguration.Apply(Section(("ApiKey", TrackKey)), options);

            Assert.Equal(TrackKey, options.TrackApiKey);
        }

        [Fact]
        public void ApiKeyAndTrackApiKeyWithDifferentValuesIsAnErrorNamingBothPathsAndNoValue()
        {
            var error = Assert.Throws<InvalidOperationException>(() => ProbeConfiguration.Read(Section(("ApiKey", TrackKey), ("TrackApiKey", OtherKey))));

            Assert.Contains("'CustomerIO:ApiKey' and 'CustomerIO:TrackApiKey' are both set, to different values", error.Message);
            SecretLeaks.AssertNone(error.Message, null, TrackKey, null, OtherKey);
        }

        [Fact]
        public void AConfigurationRootNamesKeysWithoutASection()
        {
            var root = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["ApiKey"] = TrackKey, ["TrackApiKey"] = OtherKey })
                .Build();

            var error = Assert.Throws<InvalidOperationException>(() => ProbeConfiguration.Read(root));

            Assert.StartsWith("'ApiKey' and 'TrackApiKey'", error.Message);
        }
    }
}
