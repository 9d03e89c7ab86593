namespace CioProbe.Tests
{
    /// <summary>Advice names the analyzer rule that catches the same mistake at compile time, and only where the mistake is that rule's.</summary>
    public sealed class AnalyzerRuleAdviceTests : IAsyncLifetime
    {
        private const string OtherAppKey = "OtherAppKey5Hq8Zr2Wm7Xt4Nc9Lb3Vd";
        private const string OtherTrackShapedKey = "OtherJ4kW8nQ2xV6bZ3m";

        private FakeCustomerIo server = null!;

        public async Task InitializeAsync() => server = await FakeCustomerIo.StartAsync();

        public async Task DisposeAsync() => await server.DisposeAsync();

        [Fact]
        public async Task AppKeyInTheTrackSlotNamesCIO2003AndAWrongTrackKeyDoesNot()
        {
            var swapped = server.Environment();
            swapped["CUSTOMERIO_API_KEY"] = OtherAppKey;
            var wrong = server.Environment();
            wrong["CUSTOMERIO_API_KEY"] = "WrongK3yQ8vN2xZ7pL4m";

            var (swappedRun, swappedReport) = await CliRun.RunJsonAsync(swapped);
            var (wrongRun, wrongReport) = await CliRun.RunJsonAsync(wrong);

            Assert.Equal("fail", swappedReport.Status("track-credentials"));
            Assert.Contains("CIO2003 catches an App API key setting passed as the Track key", swappedReport.Advice("track-credentials"));
            Assert.Contains("CIO2003", swappedReport.Advice("config"));
            Assert.Equal("fail", wrongReport.Status("track-credentials"));
            Assert.DoesNotContain("CIO2003", wrongReport.Advice("track-credentials"));
            SecretLeaks.AssertNone(swappedRun, swapped);
            SecretLeaks.AssertNone(wrongRun, wrong);
        }

        [Fact]
        public async Task TrackShapedKeyInTheAppSlotNamesCIO2003AndAWrongAppKeyDoesNot()
        {
            var swapped = server.Environment();
            swapped["CUSTOMERIO_APP_API_KEY"] = OtherTrackShapedKey;
            var wrong = server.Environment();
            wrong["CUSTOMERIO_APP_API_KEY"] = "BadAppKey8Jm3Qx6Rz1Tv4Wn7Ks2Lp9Y";

            var (swappedRun, swappedReport) = await CliRun.RunJsonAsync(swapped, "--customer", "user-1");
            var (wrongRun, wrongReport) = await CliRun.RunJsonAsync(wrong);

            Assert.Equal("fail", swappedReport.Status("app-credentials"));
            Assert.Contains("CIO2003 catches a Track credential setting passed as the App API key", swappedReport.Advice("app-credentials"));
            Assert.Contains("CIO2003", swappedReport.Advice("customer"));
            Assert.Contains("CIO2003", swappedReport.Advice("config"));
            Assert.Equal("fail", wrongReport.Status("app-credentials"));
            Assert.DoesNotContain("CIO2003", wrongReport.Advice("app-credentials"));
            SecretLeaks.AssertNone(swappedRun, swapped);
            SecretLeaks.AssertNone(wrongRun, wrong);
        }

        [Fact]
        public async Task MissingTrackKeyNamesCIO2001AndAnEmptyOneDoesNot()
        {
            var missing = server.Environment();
            missing.Remove("CUSTOMERIO_API_KEY");
            var empty = server.Environment();
            empty["CUSTOMERIO_API_KEY"] = "";

            var (_, missingReport) = await CliRun.RunJsonAsync(missing);
            var (_, emptyReport) = await CliRun.RunJsonAsync(empty);

            Assert.Equal("fail", missingReport.Status("config"));
            Assert.Contains("CUSTOMERIO_API_KEY without a guard", missingReport.Advice("config"));
            Assert.Contains("CIO2001 catches that at compile time", missingReport.Advice("config"));
            Assert.Equal("fail", emptyReport.Status("config"));
            Assert.DoesNotContain("CIO2001", emptyReport.Advice("config"));
            Assert.Empty(server.Requests);
        }
    }
}
