using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.ValueFlow
{
    /// <summary>CIO3001 on a path built by a helper: the helper's parameter is answered on the argument its caller passes.</summary>
    public class UnescapedPathShapesTests
    {
        [Fact]
        public Task PathHelpers() => VerifyRule<UnescapedPathSegmentRule>.Analyzer("""
            class Sync(string tenantId)
            {
                private string current = "";

                static string PersonPath(string id) => $"customers/{id}";

                static string Person(string id) => "https://track.customer.io/api/v1/" + PersonPath(id);

                static string EscapedPath(string id) => $"customers/{Uri.EscapeDataString(id)}";

                static string EscapedId(string id) => Uri.EscapeDataString(id);

                string CurrentPath() => $"customers/{current}";

                async Task Run(HttpClient http, string userId)
                {
                    current = userId;
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/" + PersonPath({|CIO3001:userId|}), new { plan = "pro" });
                    await http.PutAsJsonAsync(Person({|CIO3001:userId|}), new { plan = "pro" });
                    await {|CIO3001:http.PutAsJsonAsync("https://track.customer.io/api/v1/" + CurrentPath(), new { plan = "pro" })|};
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/" + EscapedPath(userId), new { plan = "pro" });
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{EscapedId(userId)}", new { plan = "pro" });
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/" + PersonPath(Uri.EscapeDataString(userId)), new { plan = "pro" });
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/" + PersonPath(tenantId), new { plan = "pro" });
                }

                static Sync Make() => new Sync(Uri.EscapeDataString("acme/eu"));
            }
            """);

        [Fact]
        public Task TheCallersArgumentIsEscapedThere() => VerifyRule<UnescapedPathSegmentRule>.Fix<EscapePathSegmentCodeFix>("""
            class Sync
            {
                static string PersonPath(string id) => $"https://track.customer.io/api/v1/customers/{id}";

                Task Run(HttpClient http, string userId) => http.PutAsJsonAsync(PersonPath({|CIO3001:userId|}), new { plan = "pro" });
            }
            """, """
            class Sync
            {
                static string PersonPath(string id) => $"https://track.customer.io/api/v1/customers/{id}";

                Task Run(HttpClient http, string userId) => http.PutAsJsonAsync(PersonPath(Uri.EscapeDataString(userId)), new { plan = "pro" });
            }
            """);

        [Fact]
        public Task NoFixInsideTheHelper() => VerifyRule<UnescapedPathSegmentRule>.NoFix<EscapePathSegmentCodeFix>("""
            class Sync
            {
                private string current = "";

                string CurrentPath() => $"https://track.customer.io/api/v1/customers/{current}";

                Task Run(HttpClient http, string userId)
                {
                    current = userId;
                    return {|CIO3001:http.PutAsJsonAsync(CurrentPath(), new { plan = "pro" })|};
                }
            }
            """);

        [Fact]
        public Task LookAlikeHostIsSilent() => VerifyRule<UnescapedPathSegmentRule>.Analyzer("""
            class Sync
            {
                static string PersonPath(string id) => $"customers/{id}";

                static string Person(string id) => "https://api.example.com/v1/" + PersonPath(id);

                Task Run(HttpClient http, string userId) => http.PutAsJsonAsync(Person(userId), new { plan = "pro" });
            }
            """);
    }
}
