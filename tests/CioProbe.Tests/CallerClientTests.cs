namespace CioProbe.Tests
{
    /// <summary>CustomerIoProbe.RunAsync with a client of the caller's, which has none of the probe's handlers.</summary>
    public sealed class CallerClientTests : IAsyncLifetime
    {
        private FakeCustomerIo server = null!;

        public async Task InitializeAsync() => server = await FakeCustomerIo.StartAsync();

        public async Task DisposeAsync() => await server.DisposeAsync();

        [Fact]
        public async Task EveryRequestGoesThroughTheCallersClientAndItsAnswersAreRead()
        {
            var sent = new List<string>();
            using var client = new HttpClient(new Recording(sent) { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false } });

            var report = await CustomerIoProbe.RunAsync(Options(), client);

            Assert.Equal("config=ok track-credentials=ok region=ok app-credentials=ok customer=skipped test-event=skipped", Statuses(report));
            Assert.Contains("environment id 4242", report[CheckIds.Region].Message);
            Assert.Contains("2 transactional messages", report[CheckIds.AppCredentials].Message);
            Assert.Equal(server.Requests.Count, sent.Count);
            Assert.Equal([FakeCustomerIo.RegionPath, FakeCustomerIo.TransactionalPath], sent.Order(StringComparer.Ordinal));
            OutputLog.Record(report, Options());
        }

        [Fact]
        public async Task ARejectedKeyIsReportedFromTheBodyTheCallersClientReturned()
        {
            var options = Options();
            options.TrackApiKey = "WrongK3yQ8vN2xZ7pL4m";
            using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });

            var report = await CustomerIoProbe.RunAsync(options, client);

            Assert.Equal(CheckStatus.Fail, report[CheckIds.TrackCredentials].Status);
            Assert.Contains("rejected the site id and Track API key (401)", report[CheckIds.TrackCredentials].Message);
            OutputLog.Record(report, options);
        }

        [Fact]
        public async Task ANullClientIsRefused()
        {
            await Assert.ThrowsAsync<ArgumentNullException>(() => CustomerIoProbe.RunAsync(Options(), (HttpClient)null!));
        }

        private CustomerIoProbeOptions Options() => new()
        {
            SiteId = FakeCustomerIo.SiteId,
            TrackApiKey = FakeCustomerIo.TrackKey,
            AppApiKey = FakeCustomerIo.AppKey,
            Region = "us",
            TrackUrl = server.BaseUrl.ToString(),
            AppUrl = server.BaseUrl.ToString(),
        };

        private static string Statuses(ProbeReport report) =>
            string.Join(" ", report.Checks.Select(c => $"{c.Id}={c.Status.ToString().ToLowerInvariant()}"));

        private sealed class Recording(List<string> sent) : DelegatingHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                lock (sent)
                {
                    sent.Add(request.RequestUri!.AbsolutePath);
                }

                return base.SendAsync(request, cancellationToken);
            }
        }
    }
}
