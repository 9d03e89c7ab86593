using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class UndocumentedRouteRuleTests
    {
        private static Task Verify(string code) => VerifyRule<UndocumentedRouteRule>.Analyzer(code);

        private static Task Fix(string code, string fixedCode) => VerifyRule<UndocumentedRouteRule>.Fix<UseDocumentedRouteCodeFix>(code, fixedCode);

        [Fact]
        public Task SingularForPluralOnTheTrackHost() => Verify("""
            class Sync
            {
                const string AnonymousEvents = "https://track.customer.io/api/v1/event";

                async Task Run(HttpClient http, string id)
                {
                    var who = Uri.EscapeDataString(id);
                    await http.PutAsJsonAsync($"{|CIO3003:https://track.customer.io/api/v1/customer/|}{who}", new { plan = "pro" });
                    await http.PostAsJsonAsync($"https://track.customer.io/api/v1/customers/{who}{|CIO3003:/event|}", new { name = "paid" });
                    // The constant is written in another member: reported where this one sends it.
                    await {|CIO3003:http.PostAsJsonAsync(AnonymousEvents, new { name = "visited", anonymous_id = who })|};
                    await http.DeleteAsync({|CIO3003:"https://track-eu.customer.io/api/v1/customers/u1/device/d1"|});
                }
            }
            """);

        [Fact]
        public Task VersionPrefixOfTheOtherHost() => Verify("""
            using System.Globalization;

            class Sync
            {
                async Task Run(HttpClient http, string id)
                {
                    var who = Uri.EscapeDataString(id);
                    await http.PutAsJsonAsync($"{|CIO3003:https://track.customer.io/v1/customers/|}{who}", new { plan = "pro" });
                    await http.PostAsJsonAsync({|CIO3003:"https://track.customer.io/api/events"|}, new { name = "visited" });
                    await http.PostAsJsonAsync({|CIO3003:"https://track.customer.io/api/v1/batch"|}, new { batch = Array.Empty<object>() });
                    await http.PostAsJsonAsync({|CIO3003:"https://api.customer.io/api/v1/send/email"|}, new { transactional_message_id = 3 });
                    await http.PostAsJsonAsync({|CIO3003:"https://api-eu.customer.io/send/sms"|}, new { transactional_message_id = 4 });
                    await http.PutAsJsonAsync(string.Format(CultureInfo.InvariantCulture, {|CIO3003:"https://track.customer.io/v1/customers/{0}"|}, who), new { plan = "pro" });
                }
            }
            """);

        [Fact]
        public Task RouteOfTheOtherApi() => Verify("""
            class Sync
            {
                async Task Run(HttpClient http, string id)
                {
                    var who = Uri.EscapeDataString(id);
                    await http.PostAsJsonAsync({|CIO3003:"https://track.customer.io/v1/send/email"|}, new { transactional_message_id = 3 });
                    await http.PostAsJsonAsync({|CIO3003:"https://track.customer.io/api/v1/send/push"|}, new { transactional_message_id = 3 });
                    await http.PutAsJsonAsync({|CIO3003:$"https://api.customer.io/api/v1/customers/{who}"|}, new { plan = "pro" });
                }
            }
            """);

        [Fact]
        public Task MethodThePathDoesNotTake() => Verify("""
            class Sync
            {
                async Task Run(HttpClient http, string id)
                {
                    var who = Uri.EscapeDataString(id);
                    await http.{|CIO3003:PostAsJsonAsync|}($"https://track.customer.io/api/v1/customers/{who}", new { plan = "pro" });
                    await http.{|CIO3003:PutAsJsonAsync|}("https://track.customer.io/api/v1/events", new { name = "visited" });
                    await http.{|CIO3003:GetAsync|}($"https://track.customer.io/api/v1/customers/{who}");
                    await http.{|CIO3003:DeleteAsync|}($"https://track.customer.io/api/v1/customers/{who}/events");
                    await http.{|CIO3003:PutAsync|}("https://api.customer.io/v1/send/email", JsonContent.Create(new { transactional_message_id = 3 }));
                    using var request = new HttpRequestMessage({|CIO3003:HttpMethod.Post|}, $"https://track.customer.io/api/v1/customers/{who}")
                    {
                        Content = JsonContent.Create(new { plan = "pro" }),
                    };
                    await http.SendAsync(request);
                    await http.SendAsync(new HttpRequestMessage({|CIO3003:new HttpMethod("GET")|}, "https://track.customer.io/api/v1/events"));
                }
            }
            """);

        [Fact]
        public Task RelativePathsOfAClientWhoseBaseAddressIsCustomerIo() => Verify("""
            using Microsoft.Extensions.DependencyInjection;

            class TrackClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };

                async Task Run(string id)
                {
                    var who = Uri.EscapeDataString(id);
                    await http.PutAsJsonAsync($"{|CIO3003:customer/|}{who}", new { plan = "pro" });
                    await http.{|CIO3003:PostAsJsonAsync|}($"customers/{who}", new { plan = "pro" });
                    await http.PutAsJsonAsync($"customers/{who}", new { plan = "pro" });
                    await http.PostAsJsonAsync("events", new { name = "visited" });
                    await http.PostAsJsonAsync("v1/customers/" + who + "/events", new { name = "paid" });
                }
            }

            static class Registration
            {
                public static void Add(IServiceCollection services)
                    => services.AddHttpClient("cio", c => c.BaseAddress = new Uri("https://track.customer.io/"));
            }

            class Named(IHttpClientFactory factory)
            {
                Task Paid(string id) => factory.CreateClient("cio").PostAsJsonAsync($"api/v1/customers/{Uri.EscapeDataString(id)}{|CIO3003:/event|}", new { name = "paid" });
            }
            """);

        [Fact]
        public Task DocumentedRoutesAreSilent() => Verify("""
            using System.Globalization;

            class Sync
            {
                const string Track = "https://track.customer.io/api/v1/";

                async Task Run(HttpClient http, string id, string email, string deviceId, int campaign)
                {
                    var who = Uri.EscapeDataString(id);
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{who}", new { plan = "pro" });
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{who}/", new { plan = "pro" });
                    await http.DeleteAsync($"https://track-eu.customer.io/api/v1/customers/{who}");
                    await http.PostAsJsonAsync(Track + "customers/" + who + "/events", new { name = "paid" });
                    await http.PostAsJsonAsync(string.Concat(Track, "events"), new { name = "visited" });
                    await http.PutAsJsonAsync($"{Track}customers/{who}/devices", new { device = new { id = "d" } });
                    await http.DeleteAsync($"{Track}customers/{who}/devices/{Uri.EscapeDataString(deviceId)}");
                    await http.PostAsync($"{Track}customers/{who}/suppress", null);
                    await http.PostAsJsonAsync("https://track.customer.io/api/v1/merge_customers", new { primary = new { id = "a" } });
                    await http.PostAsJsonAsync("https://track.customer.io/api/v2/entity", new { type = "person" });
                    await http.PostAsJsonAsync("https://track.customer.io/api/v2/batch", new { batch = Array.Empty<object>() });
                    await http.PostAsync("https://track.customer.io/unsubscribe/abc", null);
                    await http.GetAsync("https://track.customer.io/api/v1/accounts/region");
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new { transactional_message_id = 3 });
                    await http.PostAsJsonAsync("https://api-eu.customer.io/v1/send/push", new { transactional_message_id = 3 });
                    await http.PostAsJsonAsync(string.Format(CultureInfo.InvariantCulture, "https://api.customer.io/v1/campaigns/{0}/triggers", campaign), new { data = new { } });
                    await http.GetAsync($"https://api.customer.io/v1/customers/{Uri.EscapeDataString(email)}/attributes?id_type=email");
                    using var request = new HttpRequestMessage(HttpMethod.Put, $"https://track.customer.io/api/v1/customers/{who}");
                    await http.SendAsync(request);
                }
            }
            """);

        [Fact]
        public Task PathsTheTableDoesNotKnowAreSilent() => Verify("""
            class Sync
            {
                async Task Run(HttpClient http, string id, string path)
                {
                    var who = Uri.EscapeDataString(id);
                    await http.GetAsync("https://api.customer.io/v1/campaigns");
                    await http.GetAsync("https://api.customer.io/v1/newsletters/5/metrics");
                    await http.GetAsync($"https://api.customer.io/v1/customers/{who}/messages");
                    await http.GetAsync("https://api.customer.io/v1/api/collections");
                    await http.PostAsJsonAsync("https://api.customer.io/v1/customers", new { filter = new { } });
                    await http.GetAsync($"https://beta-api.customer.io/v1/api/customers/{who}/activities");
                    await http.GetAsync("https://track.customer.io/api/v1/accounts");
                    await http.PostAsJsonAsync($"https://track.customer.io/api/v1/{path}", new { name = "paid" });
                    await http.PostAsJsonAsync($"https://track.customer.io/{path}/customers", new { name = "paid" });
                    await http.PostAsJsonAsync("https://cdp.customer.io/v1/track", new { userId = "u1", @event = "paid" });
                    await http.PostAsJsonAsync("https://cdp.customer.io/v1/identifies", new { userId = "u1" });
                }
            }
            """);

        [Fact]
        public Task RelativePathsOfAClientWithAnUnknownBaseAddressAreSilent() => Verify("""
            class CrmClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://crm.example.com/api/v1/") };

                async Task Run(string id)
                {
                    await http.PutAsJsonAsync($"customer/{id}", new { plan = "pro" });
                    await http.PostAsJsonAsync($"customers/{id}", new { plan = "pro" });
                }
            }
            """);

        [Fact]
        public Task LookAlikesAreSilent() => Verify("""
            class CustomerIoRoutes
            {
                public Task PostAsJsonAsync(string url, object body) => Task.CompletedTask;
            }

            class Sync
            {
                async Task Run(HttpClient http, CustomerIoRoutes routes, string id)
                {
                    await http.PutAsJsonAsync($"https://api.example.com/api/v1/customer/{id}", new { plan = "pro" });
                    await http.PostAsJsonAsync($"https://crm.example.com/api/v1/customers/{id}", new { plan = "pro" });
                    await http.PostAsJsonAsync("https://api.example.com/v1/send/emails", new { transactional_message_id = 3 });
                    await routes.PostAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new { plan = "pro" });
                    Console.WriteLine("https://track.customer.io/api/v1/customer/" + id);
                }
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<UndocumentedRouteRule>.Analyzer(LookAlikes.Sending("string", "\"u1\""));

        [Fact]
        public Task FixWritesTheNearestRouteWithFixAll() => Fix("""
            class Sync
            {
                const string AnonymousEvents = "https://track.customer.io/api/v1/event";

                async Task Run(HttpClient http, string id)
                {
                    var who = Uri.EscapeDataString(id);
                    await http.PutAsJsonAsync($"{|CIO3003:https://track.customer.io/api/v1/customer/|}{who}", new { plan = "pro" });
                    await http.PostAsJsonAsync($"https://track.customer.io/api/v1/customers/{who}{|CIO3003:/event|}", new { name = "paid" });
                    await {|CIO3003:http.PostAsJsonAsync(AnonymousEvents, new { name = "visited" })|};
                    await http.PutAsJsonAsync({|CIO3003:"https://track.customer.io/v1/customers/u1"|}, new { plan = "pro" });
                    await http.PostAsJsonAsync({|CIO3003:"https://api.customer.io/api/v1/send/email"|}, new { transactional_message_id = 3 });
                    await http.PostAsJsonAsync({|CIO3003:@"https://api.customer.io/send/sms"|}, new { transactional_message_id = 4 });
                    await http.{|CIO3003:PostAsJsonAsync|}($"https://track.customer.io/api/v1/customers/{who}", new { plan = "pro" });
                    await http.{|CIO3003:PutAsync|}("https://api.customer.io/v1/send/email", JsonContent.Create(new { transactional_message_id = 3 }));
                    await http.SendAsync(new HttpRequestMessage({|CIO3003:HttpMethod.Put|}, "https://track.customer.io/api/v1/events"));
                }
            }
            """, """
            class Sync
            {
                const string AnonymousEvents = "https://track.customer.io/api/v1/events";

                async Task Run(HttpClient http, string id)
                {
                    var who = Uri.EscapeDataString(id);
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{who}", new { plan = "pro" });
                    await http.PostAsJsonAsync($"https://track.customer.io/api/v1/customers/{who}/events", new { name = "paid" });
                    await http.PostAsJsonAsync(AnonymousEvents, new { name = "visited" });
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u1", new { plan = "pro" });
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new { transactional_message_id = 3 });
                    await http.PostAsJsonAsync(@"https://api.customer.io/v1/send/sms", new { transactional_message_id = 4 });
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{who}", new { plan = "pro" });
                    await http.PostAsync("https://api.customer.io/v1/send/email", JsonContent.Create(new { transactional_message_id = 3 }));
                    await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "https://track.customer.io/api/v1/events"));
                }
            }
            """);

        [Fact]
        public Task NoFixWithoutOneNearestRoute() => VerifyRule<UndocumentedRouteRule>.NoFix<UseDocumentedRouteCodeFix>("""
            class Sync
            {
                async Task Run(HttpClient http, string id)
                {
                    var who = Uri.EscapeDataString(id);
                    await http.{|CIO3003:GetAsync|}($"https://track.customer.io/api/v1/customers/{who}");
                    await http.{|CIO3003:DeleteAsync|}($"https://track.customer.io/api/v1/customers/{who}/events");
                    await http.PostAsJsonAsync({|CIO3003:"https://track.customer.io/v1/send/email"|}, new { transactional_message_id = 3 });
                    await http.SendAsync(new HttpRequestMessage({|CIO3003:new HttpMethod("GET")|}, "https://track.customer.io/api/v1/events"));
                }
            }
            """);

        [Fact]
        public Task ReportedOnThePathTextWithTheRequestAndTheFixTarget() => VerifyRule<UndocumentedRouteRule>.Placement(
            """
            class Sync
            {
                async Task Run(HttpClient http, string id)
                {
                    var url = $"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(id)}{|#0:/event|}";
                    await {|#1:http.PostAsJsonAsync(url, new { name = "paid" })|};
                }
            }
            """,
            new DiagnosticResult(UndocumentedRouteRule.Rule).WithLocation(0).WithLocation(1).WithLocation(0)
                .WithArguments("POST /api/v1/customers/{…}/event", "Track", "the documented route is POST /api/v1/customers/{identifier}/events"));

        [Fact]
        public Task AWrongMethodIsReportedOnTheMethod() => VerifyRule<UndocumentedRouteRule>.Placement(
            """
            class Sync
            {
                Task Identify(HttpClient http, string id)
                    => {|#1:http.{|#0:PostAsJsonAsync|}($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(id)}", new { plan = "pro" })|};
            }
            """,
            new DiagnosticResult(UndocumentedRouteRule.Rule).WithLocation(0).WithLocation(1).WithLocation(0)
                .WithArguments("POST /api/v1/customers/{…}", "Track", "the documented route is PUT /api/v1/customers/{identifier}"));
    }
}
