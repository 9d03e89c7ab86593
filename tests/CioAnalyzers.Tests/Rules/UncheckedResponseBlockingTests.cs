using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    /// <summary>CIO3002 on synchronous code that blocks on a request: Wait() drops the response, .Result and GetResult() give it.</summary>
    public class UncheckedResponseBlockingTests
    {
        [Fact]
        public Task ResponsesDroppedByBlockingCalls() => VerifyRule<UncheckedResponseRule>.Analyzer("""
            class Sync
            {
                void Run(HttpClient http, HttpContent content)
                {
                    {|CIO3002:http.PutAsync("https://track.customer.io/api/v1/customers/u1", content).Wait()|};
                    {|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/u2").Wait(TimeSpan.FromSeconds(5))|};
                    _ = {|CIO3002:http.PostAsync("https://track.customer.io/api/v1/events", content).Result|};
                    var response = {|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/u3").Result|};
                    {|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/u4").GetAwaiter().GetResult()|};
                    {|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/u5").ConfigureAwait(false).GetAwaiter().GetResult()|};
                    if (!{|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/u6").Wait(1000)|}) throw new TimeoutException();
                }
            }
            """);

        [Fact]
        public Task BlockingCallsWhoseResponseIsReadAreSilent() => VerifyRule<UncheckedResponseRule>.Analyzer("""
            class Sync
            {
                System.Net.HttpStatusCode Run(HttpClient http, HttpContent content)
                {
                    var response = http.PutAsync("https://track.customer.io/api/v1/customers/u1", content).Result;
                    response.EnsureSuccessStatusCode();
                    var deleted = http.DeleteAsync("https://track.customer.io/api/v1/customers/u2").GetAwaiter().GetResult();
                    if (!deleted.IsSuccessStatusCode) throw new InvalidOperationException();
                    http.PostAsync("https://track.customer.io/api/v1/events", content).Result.EnsureSuccessStatusCode();
                    http.DeleteAsync("https://track.customer.io/api/v1/customers/u3").GetAwaiter().GetResult().EnsureSuccessStatusCode();
                    return http.DeleteAsync("https://track.customer.io/api/v1/customers/u4").Result.StatusCode;
                }

                HttpResponseMessage Passed(HttpClient http) => http.DeleteAsync("https://track.customer.io/api/v1/customers/u5").Result;
            }
            """);

        [Fact]
        public Task LookAlikesAreSilent() => VerifyRule<UncheckedResponseRule>.Analyzer("""
            class CustomerIoClient
            {
                public Task<HttpResponseMessage> DeleteAsync(string requestUri) => Task.FromResult(new HttpResponseMessage());
            }

            class Sync
            {
                void Run(HttpClient http, CustomerIoClient mine, HttpContent content)
                {
                    http.PutAsync("https://crm.example.com/api/v1/customers/u1", content).Wait();
                    _ = http.DeleteAsync("https://crm.example.com/api/v1/customers/u2").Result;
                    mine.DeleteAsync("https://track.customer.io/api/v1/customers/u3").Wait();
                    mine.DeleteAsync("https://track.customer.io/api/v1/customers/u4").GetAwaiter().GetResult();
                    http.GetStringAsync("https://track.customer.io/api/v1/accounts/region").Wait();
                }
            }
            """);

        [Fact]
        public Task FixReadsTheResponseWithFixAll() => VerifyRule<UncheckedResponseRule>.Fix<EnsureSuccessStatusCodeCodeFix>("""
            class Sync
            {
                void Run(HttpClient http, HttpContent content)
                {
                    {|CIO3002:http.PutAsync("https://track.customer.io/api/v1/customers/u1", content).Wait()|}; // sent
                    _ = {|CIO3002:http.PostAsync("https://track.customer.io/api/v1/events", content).Result|};
                    {|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/u2").ConfigureAwait(false).GetAwaiter().GetResult()|};
                }
            }
            """, """
            class Sync
            {
                void Run(HttpClient http, HttpContent content)
                {
                    http.PutAsync("https://track.customer.io/api/v1/customers/u1", content).Result.EnsureSuccessStatusCode(); // sent
                    _ = http.PostAsync("https://track.customer.io/api/v1/events", content).Result.EnsureSuccessStatusCode();
                    http.DeleteAsync("https://track.customer.io/api/v1/customers/u2").ConfigureAwait(false).GetAwaiter().GetResult().EnsureSuccessStatusCode();
                }
            }
            """);

        [Fact]
        public Task NoFixForAWaitWithATimeoutOrInAnAsyncMethod() => VerifyRule<UncheckedResponseRule>.NoFix<EnsureSuccessStatusCodeCodeFix>("""
            class Sync
            {
                async Task Run(HttpClient http)
                {
                    {|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/u1").Wait(1000)|};
                    if (!{|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/u2").Wait(1000)|}) throw new TimeoutException();
                    await Task.Yield();
                }
            }
            """);

        [Fact]
        public Task ReportedOnTheWaitWithTheRequest() => VerifyRule<UncheckedResponseRule>.Placement(
            """
                class Sync
                {
                    void Run(HttpClient http, HttpContent content)
                    {
                        {|#0:{|#1:http.PutAsync("https://track.customer.io/api/v1/customers/u1", content)|}.Wait()|};
                    }
                }
                """,
            new DiagnosticResult(UncheckedResponseRule.Rule).WithLocation(0).WithLocation(1).WithLocation(0)
                .WithArguments("HttpClient.PutAsync", "dropped by Wait(), which returns no response"));
    }
}
