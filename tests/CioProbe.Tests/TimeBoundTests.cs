using Microsoft.AspNetCore.Http;

namespace CioProbe.Tests
{
    /// <summary>--timeout bounds an attempt from request to last byte; no wait ends after --deadline; the last real answer is reported.</summary>
    [Collection(WallClockCollection.Name)]
    public sealed class TimeBoundTests : IAsyncLifetime
    {
        private FakeCustomerIo server = null!;

        public async Task InitializeAsync() => server = await FakeCustomerIo.StartAsync();

        public async Task DisposeAsync() => await server.DisposeAsync();

        [Fact]
        public async Task TimeoutCoversTheBodyNotOnlyTheHeaders()
        {
            // Headers at 0.6 s, the rest of the body at 1.2 s: each half fits in 1 s, the whole attempt does not.
            server.Override(FakeCustomerIo.RegionPath, async (context, _) =>
            {
                await Task.Delay(600, context.RequestAborted);
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("""{"url":"https://track.customer.io",""", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(600, context.RequestAborted);
                await context.Response.WriteAsync("""  "region":"us","environment_id":4242}""", context.RequestAborted);
            });
            var env = server.Environment();

            var (run, report) = await CliRun.RunJsonAsync(env, "--timeout", "1", "--retries", "0");

            Assert.Equal("fail", report.Status("track-credentials"));
            Assert.Contains("within 1 s", report.Message("track-credentials"));
            Assert.Contains($"on port {server.BaseUrl.Port}", report.Advice("track-credentials"));
            Assert.True(run.Elapsed < TimeSpan.FromSeconds(2), $"took {run.Elapsed}");
        }

        [Fact]
        public async Task BackoffThatWouldEndAfterTheDeadlineIsNotStartedAndTheAnswerIsReported()
        {
            server.Override(FakeCustomerIo.RegionPath, (context, _) => FakeCustomerIo.Json(context, 503, """{"meta":{"error":"maintenance"}}"""));
            var env = server.Environment();

            var (run, report) = await CliRun.RunJsonAsync(env, "--retry-delay", "10", "--deadline", "3");

            Assert.Equal("fail", report.Status("track-credentials"));
            Assert.Contains("answered 503", report.Message("track-credentials"));
            Assert.Contains("maintenance", report.Message("track-credentials"));
            Assert.Contains("the next retry would have waited past the deadline", report.Message("track-credentials"));
            Assert.Single(server.RequestsTo(FakeCustomerIo.RegionPath));
            Assert.True(run.Elapsed < TimeSpan.FromSeconds(2.5), $"took {run.Elapsed}");
        }

        [Fact]
        public async Task RateLimitAfterTheRetriesRunOutDoesNotBlameTheDeadline()
        {
            server.Override(FakeCustomerIo.RegionPath, (context, _) =>
            {
                context.Response.Headers.RetryAfter = "0";
                return FakeCustomerIo.Json(context, 429, """{"meta":{"error":"slow down"}}""");
            });
            var env = server.Environment();

            var (_, report) = await CliRun.RunJsonAsync(env, "--retries", "2");

            var message = report.Message("track-credentials");
            Assert.Contains("rate limiting (429) after 3 attempts; it asked to wait 0 s", message);
            Assert.DoesNotContain("deadline", message);
            Assert.Equal(3, server.RequestsTo(FakeCustomerIo.RegionPath).Count);
        }

        [Theory]
        [InlineData("1", "10", "the last one timed out")]
        [InlineData("10", "2", "the deadline cut the last one short")]
        public async Task RetryCutShortReportsTheLastRealAnswer(string timeout, string deadline, string expected)
        {
            server.Override(FakeCustomerIo.RegionPath, async (context, attempt) =>
            {
                if (attempt == 1)
                {
                    await FakeCustomerIo.Json(context, 502, """{"meta":{"error":"upstream down"}}""");
                    return;
                }

                await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            });
            var env = server.Environment();

            var (run, report) = await CliRun.RunJsonAsync(env, "--timeout", timeout, "--deadline", deadline, "--retries", "1");

            var message = report.Message("track-credentials");
            Assert.Contains("answered 502 after 2 attempts", message);
            Assert.Contains(expected, message);
            Assert.Contains("upstream down", message);
            Assert.True(run.Elapsed < TimeSpan.FromSeconds(3), $"took {run.Elapsed}");
        }
    }
}
