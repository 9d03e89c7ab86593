using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class UnescapedPathSegmentRuleTests
    {
        /// <summary>The namespaces these tests use beyond an SDK project's implicit usings.</summary>
        private const string Usings = """
            using System.Net;
            using System.Web;

            """;

        private static Task Verify(string code) => VerifyRule<UnescapedPathSegmentRule>.Analyzer(Usings + code);

        private static Task Fix(string code, string fixedCode) => VerifyRule<UnescapedPathSegmentRule>.Fix<EscapePathSegmentCodeFix>(Usings + code, Usings + fixedCode);

        [Fact]
        public Task AbsoluteUrlsBuiltEveryWay() => Verify("""
            class Sync
            {
                const string Customers = "https://track.customer.io/api/v1/customers/";

                async Task Run(HttpClient http, string userId, string email)
                {
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{{|CIO3001:userId|}}", new { plan = "pro" });
                    await http.PostAsJsonAsync(Customers + {|CIO3001:email|} + "/events", new { name = "paid" });
                    await http.DeleteAsync(string.Format("https://track-eu.customer.io/api/v1/customers/{0}", {|CIO3001:userId|}));
                    await http.GetAsync(new Uri($"https://api.customer.io/v1/customers/{{|CIO3001:email|}}/attributes?id_type=email"));
                    var request = new HttpRequestMessage(HttpMethod.Put, $"https://track.customer.io/api/v1/customers/cio_{{|CIO3001:userId|}}");
                }
            }
            """);

        [Fact]
        public Task UrlsFormattedWithAProviderOrConcatenatedByStringConcat() => Verify("""
            using System.Globalization;

            class Sync
            {
                const string Track = "https://track.customer.io/api/v1/";

                async Task Run(HttpClient http, string userId, string email, int attempt)
                {
                    await http.DeleteAsync(string.Format(CultureInfo.InvariantCulture, "https://track.customer.io/api/v1/customers/{0}", {|CIO3001:userId|}));
                    await http.PostAsJsonAsync(string.Format(CultureInfo.InvariantCulture, "https://track.customer.io/api/v1/customers/{0}/events?attempt={1}", {|CIO3001:email|}, attempt), new { name = "paid" });
                    await http.DeleteAsync(String.Concat("https://track.customer.io/api/v1/customers/", {|CIO3001:userId|}));
                    await http.DeleteAsync(string.Concat(Track, "customers/", {|CIO3001:userId|}, "/devices/", {|CIO3001:email|}));
                    await http.PutAsJsonAsync(string.Concat(new[] { Track, "customers/", {|CIO3001:email|} }), new { plan = "pro" });
                    await http.PostAsJsonAsync(string.Concat(Track, "customers/", {|CIO3001:userId|}, "/events?attempt=", attempt), new { name = "paid" });
                }
            }
            """);

        [Fact]
        public Task FormattedAndConcatenatedUrlsEscapedOrElsewhereAreSilent() => Verify("""
            using System.Globalization;

            class Sync
            {
                async Task Run(HttpClient http, string userId, int number)
                {
                    await http.DeleteAsync(string.Format(CultureInfo.InvariantCulture, "https://track.customer.io/api/v1/customers/{0}", Uri.EscapeDataString(userId)));
                    await http.DeleteAsync(string.Format(CultureInfo.InvariantCulture, "https://track.customer.io/api/v1/customers/{0}", number));
                    await http.DeleteAsync(String.Concat("https://track.customer.io/api/v1/customers/", number));
                    await http.DeleteAsync(String.Concat("https://track.customer.io/api/v1/customers/", Uri.EscapeDataString(userId), "/devices/", number));
                    await http.DeleteAsync(string.Format(CultureInfo.InvariantCulture, "https://crm.example.com/api/v1/customers/{0}", userId));
                    await http.DeleteAsync(String.Concat("https://crm.example.com/api/v1/customers/", userId));
                    await http.DeleteAsync(string.Concat(new List<string> { "https://track.customer.io/api/v1/customers/", userId }));
                }
            }
            """);

        [Fact]
        public Task DeviceIdSegment() => Verify("""
            class Devices
            {
                Task Forget(HttpClient http, string userId, string deviceToken)
                    => http.DeleteAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}/devices/{{|CIO3001:deviceToken|}}");
            }
            """);

        [Fact]
        public Task EncodersMadeForSomethingElse() => Verify("""
            class Sync
            {
                async Task Run(HttpClient http, string userId)
                {
                    await http.DeleteAsync("https://track.customer.io/api/v1/customers/" + {|CIO3001:WebUtility.UrlEncode(userId)|});
                    await http.DeleteAsync("https://track.customer.io/api/v1/customers/" + {|CIO3001:HttpUtility.UrlEncode(userId)|});
                    await http.DeleteAsync("https://track.customer.io/api/v1/customers/" + {|CIO3001:HttpUtility.UrlPathEncode(userId)|});
                    var encoded = {|CIO3001:HttpUtility.UrlEncode(userId, System.Text.Encoding.UTF8)|};
                    await http.DeleteAsync("https://track.customer.io/api/v1/customers/" + encoded);
                }
            }
            """);

        [Fact]
        public Task RelativePathOfAClientWhoseBaseAddressIsCustomerIo() => Verify("""
            class TrackClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };

                Task Forget(string id) => http.DeleteAsync("customers/" + {|CIO3001:id|});
            }

            class Unrelated
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://crm.example.com/api/v1/") };

                Task Forget(string id) => http.DeleteAsync("customers/" + id);
            }
            """);

        [Fact]
        public Task NamedClientRegisteredWithCustomerIo() => Verify("""
            using Microsoft.Extensions.DependencyInjection;

            static class Registration
            {
                public static void Add(IServiceCollection services)
                    => services.AddHttpClient("cio", c => c.BaseAddress = new Uri("https://track.customer.io/api/v1/"));
            }

            class Sync(IHttpClientFactory factory)
            {
                private readonly HttpClient cio = factory.CreateClient("cio");

                Task Forget(string id) => cio.DeleteAsync($"customers/{{|CIO3001:id|}}");
            }
            """);

        [Fact]
        public Task EscapedNumbersGuidsEnumsAndConstantsAreSilent() => Verify("""
            enum Plan { Free, Pro }

            class Customer { public int Number { get; set; } public Guid Key { get; set; } public string Id { get; set; } = ""; }

            class Sync
            {
                const string Known = "user-42";

                async Task Run(HttpClient http, string userId, int number, Guid key, Plan plan, Customer customer)
                {
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}", new { plan = "pro" });
                    var escaped = Uri.EscapeDataString(customer.Id);
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{escaped}", new { plan = "pro" });
                    await http.DeleteAsync($"https://track.customer.io/api/v1/customers/{number}");
                    await http.DeleteAsync("https://track.customer.io/api/v1/customers/" + key);
                    await http.DeleteAsync($"https://track.customer.io/api/v1/customers/{customer.Number}/devices/{key:N}");
                    await http.DeleteAsync("https://track.customer.io/api/v1/customers/" + plan + "/devices/" + key.ToString());
                    await http.DeleteAsync("https://track.customer.io/api/v1/customers/" + number.ToString());
                    await http.DeleteAsync($"https://track.customer.io/api/v1/customers/{Known}");
                    await http.DeleteAsync("https://track.customer.io/api/v1/customers/" + string.Empty);
                    await http.DeleteAsync($"https://track.customer.io/api/v1/customers/{Escape(userId)}");
                    await http.PostAsJsonAsync("https://track.customer.io/api/v1/events", new { name = userId });
                    await http.PostAsJsonAsync($"https://cdp.customer.io/v1/customers/{userId}", new { name = "paid" });
                    await http.GetAsync($"https://track.customer.io/api/v1/accounts/region?id={userId}");
                }

                static string Escape(string id) => Uri.EscapeDataString(id);
            }
            """);

        [Fact]
        public Task ClientLibrariesEscapeForYouAndAreSilent() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIOSharp;

            class Sync
            {
                async Task Run(CustomerIo cio, CustomerIOTrackApiClient track, string userId)
                {
                    await cio.DeleteCustomerAsync(userId);
                    await track.DeleteCustomerAsync(userId);
                    await track.DeleteDeviceAsync(userId, "device/1");
                }
            }
            """);

        [Fact]
        public Task LookAlikesAreSilent() => Verify("""
            class CustomerIoUrls
            {
                public string Customer(string id) => "customers/" + id;
            }

            class Sync
            {
                async Task Run(HttpClient http, string userId)
                {
                    await http.DeleteAsync($"https://crm.example.com/api/v1/customers/{userId}");
                    await http.DeleteAsync(new CustomerIoUrls().Customer(userId));
                    Console.WriteLine($"https://track.customer.io/api/v1/customers/{userId}");
                }
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<UnescapedPathSegmentRule>.Analyzer(LookAlikes.Sending("string", "Console.ReadLine()!"));

        [Fact]
        public Task FixWrapsTheValueOrReplacesTheEncoderWithFixAll() => Fix("""
            class Sync
            {
                async Task Run(HttpClient http, string userId, string deviceId)
                {
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{{|CIO3001:userId|}}", new { plan = "pro" });
                    await http.DeleteAsync("https://track.customer.io/api/v1/customers/" + {|CIO3001:WebUtility.UrlEncode(userId)|} + "/devices/" + {|CIO3001:deviceId|});
                    var encoded = {|CIO3001:HttpUtility.UrlPathEncode(userId)|};
                    await http.DeleteAsync("https://track.customer.io/api/v1/customers/" + encoded);
                }
            }
            """, """
            class Sync
            {
                async Task Run(HttpClient http, string userId, string deviceId)
                {
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}", new { plan = "pro" });
                    await http.DeleteAsync("https://track.customer.io/api/v1/customers/" + Uri.EscapeDataString(userId) + "/devices/" + Uri.EscapeDataString(deviceId));
                    var encoded = Uri.EscapeDataString(userId);
                    await http.DeleteAsync("https://track.customer.io/api/v1/customers/" + encoded);
                }
            }
            """);

        [Fact]
        public Task FixQualifiesUriWithoutUsingSystem() => VerifyRule<UnescapedPathSegmentRule>.FixWithoutImplicitUsings<EscapePathSegmentCodeFix>("""
            class Sync
            {
                System.Threading.Tasks.Task Forget(System.Net.Http.HttpClient http, string userId)
                    => http.DeleteAsync("https://track.customer.io/api/v1/customers/" + {|CIO3001:userId|});
            }
            """, """
            class Sync
            {
                System.Threading.Tasks.Task Forget(System.Net.Http.HttpClient http, string userId)
                    => http.DeleteAsync("https://track.customer.io/api/v1/customers/" + System.Uri.EscapeDataString(userId));
            }
            """);

        [Fact]
        public Task NoFixWhereTheEncoderTakesAnEncodingOrIsSharedByALocal() => VerifyRule<UnescapedPathSegmentRule>.NoFix<EscapePathSegmentCodeFix>(Usings + """
            class Sync
            {
                async Task Run(HttpClient http, string userId)
                {
                    await http.DeleteAsync("https://track.customer.io/api/v1/customers/" + {|CIO3001:HttpUtility.UrlEncode(userId, System.Text.Encoding.UTF8)|});
                    var encoded = {|CIO3001:WebUtility.UrlEncode(userId)|};
                    Console.WriteLine(encoded);
                    await http.DeleteAsync("https://track.customer.io/api/v1/customers/" + encoded);
                }
            }
            """);

        [Fact]
        public Task ReportedOnTheValueWithTheRequestAndTheFixTarget() => VerifyRule<UnescapedPathSegmentRule>.Placement(
            Usings + """
                class Sync
                {
                    async Task Run(HttpClient http, string userId)
                    {
                        var url = $"https://track.customer.io/api/v1/customers/{{|#0:userId|}}";
                        await {|#1:http.DeleteAsync(url)|};
                    }
                }
                """,
            new DiagnosticResult(UnescapedPathSegmentRule.Rule).WithLocation(0).WithLocation(1).WithLocation(0)
                .WithArguments("userId", "the {identifier} segment of the URL", "unescaped"));

        [Fact]
        public Task AWrongEncoderIsReportedOnItsCall() => VerifyRule<UnescapedPathSegmentRule>.Placement(
            Usings + """
                class Sync
                {
                    Task Forget(HttpClient http, string userId)
                        => {|#1:http.DeleteAsync("https://track.customer.io/api/v1/customers/" + {|#0:WebUtility.UrlEncode(userId)|})|};
                }
                """,
            new DiagnosticResult(UnescapedPathSegmentRule.Rule).WithLocation(0).WithLocation(1).WithLocation(0)
                .WithArguments("userId", "the {identifier} segment of the URL", "through WebUtility.UrlEncode, which does not escape for a path segment"));
    }
}
