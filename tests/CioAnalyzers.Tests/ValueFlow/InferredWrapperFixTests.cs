using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.ValueFlow
{
    /// <summary>A fix rewrites the caller's argument passed to an inferred wrapper; fix-all rewrites each caller once.</summary>
    public class InferredWrapperFixTests
    {
        [Fact]
        public Task RewritesEachCallersArgument() => VerifyRule<UnixMillisecondsRule>.Fix<UseUnixSecondsCodeFix>("""
            class Events
            {
                private readonly HttpClient http = new();

                public Task TrackAsync(string name, long timestamp) => http.PostAsJsonAsync("https://track.customer.io/api/v1/customers/u1/events", new { name, timestamp });

                Task Run() => Task.WhenAll(
                    TrackAsync("paid", {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|}),
                    TrackAsync("shipped", {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|}));
            }
            """, """
            class Events
            {
                private readonly HttpClient http = new();

                public Task TrackAsync(string name, long timestamp) => http.PostAsJsonAsync("https://track.customer.io/api/v1/customers/u1/events", new { name, timestamp });

                Task Run() => Task.WhenAll(
                    TrackAsync("paid", DateTimeOffset.UtcNow.ToUnixTimeSeconds()),
                    TrackAsync("shipped", DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
            }
            """);
    }
}
