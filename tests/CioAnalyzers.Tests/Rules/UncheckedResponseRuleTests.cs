using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class UncheckedResponseRuleTests
    {
        private static Task Fix(string code, string fixedCode) => VerifyRule<UncheckedResponseRule>.Fix<EnsureSuccessStatusCodeCodeFix>(code, fixedCode);

        [Fact]
        public Task ResponsesDroppedEveryWay() => VerifyRule<UncheckedResponseRule>.Analyzer("""
            class Sync
            {
                async Task Run(HttpClient http, string id)
                {
                    {|CIO3002:await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(id)}", new { plan = "pro" })|};
                    _ = {|CIO3002:await http.PostAsJsonAsync("https://track.customer.io/api/v1/events", new { name = "paid" }).ConfigureAwait(false)|};
                    var response = {|CIO3002:await http.DeleteAsync("https://track.customer.io/api/v1/customers/u1")|};
                    using var sent = {|CIO3002:await http.PostAsync("https://api.customer.io/v1/send/email", JsonContent.Create(new { transactional_message_id = 3 }))|};
                    _ = {|CIO3002:http.PostAsJsonAsync("https://cdp.customer.io/v1/track", new { @event = "paid" })|};
                }

                Task Forget(HttpClient http) => {|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/u2")|};
            }
            """);

        [Fact]
        public Task UrlsFormattedWithAProviderOrConcatenatedByStringConcat() => VerifyRule<UncheckedResponseRule>.Analyzer("""
            using System.Globalization;

            class Sync
            {
                async Task Run(HttpClient http, int number)
                {
                    {|CIO3002:await http.DeleteAsync(string.Format(CultureInfo.InvariantCulture, "https://track.customer.io/api/v1/customers/{0}", number))|};
                    {|CIO3002:await http.PostAsJsonAsync(String.Concat("https://track.customer.io/api/v1/customers/", number, "/events"), new { name = "paid" })|};
                    {|CIO3002:await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, string.Concat("https://api.customer.io/v1/", "send/email")))|};
                    await http.DeleteAsync(string.Format(CultureInfo.InvariantCulture, "https://crm.example.com/api/v1/customers/{0}", number));
                    await http.DeleteAsync(String.Concat("https://crm.example.com/api/v1/customers/", number));
                    var response = await http.DeleteAsync(String.Concat("https://track.customer.io/api/v1/customers/", number));
                    response.EnsureSuccessStatusCode();
                }
            }
            """);

        [Fact]
        public Task RequestMessagesSentInlineOrThroughALocal() => VerifyRule<UncheckedResponseRule>.Analyzer("""
            class Sync
            {
                async Task Run(HttpClient http)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, "https://track.customer.io/api/v1/customers/u1/events")
                    {
                        Content = JsonContent.Create(new { name = "paid" }),
                    };
                    {|CIO3002:await http.SendAsync(request)|};
                    {|CIO3002:await http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "https://track.customer.io/api/v1/customers/u2"))|};
                }
            }
            """);

        [Fact]
        public Task RelativePathOfAClientWhoseBaseAddressIsCustomerIo() => VerifyRule<UncheckedResponseRule>.Analyzer("""
            class TrackClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };

                async Task Forget(string id) => {|CIO3002:await http.DeleteAsync("customers/" + Uri.EscapeDataString(id))|};
            }
            """);

        [Fact]
        public Task NamedClientRegisteredWithCustomerIo() => VerifyRule<UncheckedResponseRule>.Analyzer("""
            using Microsoft.Extensions.DependencyInjection;

            static class Registration
            {
                public static void Add(IServiceCollection services)
                    => services.AddHttpClient("cio", c => c.BaseAddress = new Uri("https://track.customer.io/api/v1/"));
            }

            class Sync(IHttpClientFactory factory)
            {
                async Task Paid(string id)
                {
                    var cio = factory.CreateClient("cio");
                    {|CIO3002:await cio.PostAsJsonAsync($"customers/{Uri.EscapeDataString(id)}/events", new { name = "paid" })|};
                }
            }
            """);

        [Fact]
        public Task ResponsesReadOrPassedOnAreSilent() => VerifyRule<UncheckedResponseRule>.Analyzer("""
            class Sync
            {
                private HttpResponseMessage? last;

                async Task Run(HttpClient http, List<HttpResponseMessage> responses)
                {
                    (await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u1", new { plan = "pro" })).EnsureSuccessStatusCode();
                    var response = await http.DeleteAsync("https://track.customer.io/api/v1/customers/u2");
                    if (!response.IsSuccessStatusCode) throw new InvalidOperationException(await response.Content.ReadAsStringAsync());
                    using var sent = await http.PostAsJsonAsync("https://track.customer.io/api/v1/events", new { name = "paid" });
                    Console.WriteLine(sent.StatusCode);
                    responses.Add(await http.DeleteAsync("https://track.customer.io/api/v1/customers/u3"));
                    last = await http.DeleteAsync("https://track.customer.io/api/v1/customers/u4");
                    var pending = http.DeleteAsync("https://track.customer.io/api/v1/customers/u5");
                    Check(await pending);
                    var region = await http.GetStringAsync("https://track.customer.io/api/v1/accounts/region");
                    var request = new HttpRequestMessage(HttpMethod.Delete, "https://track.customer.io/api/v1/customers/u6");
                    using var deleted = await http.SendAsync(request);
                    deleted.EnsureSuccessStatusCode();
                }

                Task<HttpResponseMessage> Forget(HttpClient http) => http.DeleteAsync("https://track.customer.io/api/v1/customers/u7");

                async Task<HttpResponseMessage> ForgetAsync(HttpClient http) => await http.DeleteAsync("https://track.customer.io/api/v1/customers/u8");

                static void Check(HttpResponseMessage response) => response.EnsureSuccessStatusCode();
            }
            """);

        [Fact]
        public Task ClientLibrariesAreSilent() => VerifyRule<UncheckedResponseRule>.Analyzer("""
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIOSharp;

            class Sync
            {
                async Task Run(CustomerIo cio, CustomerIOTrackApiClient track)
                {
                    await cio.DeleteCustomerAsync("u1");
                    await track.DeleteCustomerAsync("u1");
                }
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
                async Task Run(HttpClient http, CustomerIoClient mine)
                {
                    await http.DeleteAsync("https://crm.example.com/api/v1/customers/u1");
                    await mine.DeleteAsync("https://track.customer.io/api/v1/customers/u1");
                    await http.PostAsJsonAsync("https://api.example.com/v1/send/email", new { to = "a@b.c" });
                }
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<UncheckedResponseRule>.Analyzer(LookAlikes.Sending("string", "\"u1\""));

        [Fact]
        public Task FixChecksTheStatusWithFixAll() => Fix("""
            class Sync
            {
                async Task Run(HttpClient http)
                {
                    {|CIO3002:await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u1", new { plan = "pro" })|};
                    _ = {|CIO3002:await http.DeleteAsync("https://track.customer.io/api/v1/customers/u2").ConfigureAwait(false)|};
                    using var response = {|CIO3002:await http.DeleteAsync("https://track.customer.io/api/v1/customers/u3")|}; // sent
                }
            }
            """, """
            class Sync
            {
                async Task Run(HttpClient http)
                {
                    (await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u1", new { plan = "pro" })).EnsureSuccessStatusCode();
                    _ = (await http.DeleteAsync("https://track.customer.io/api/v1/customers/u2").ConfigureAwait(false)).EnsureSuccessStatusCode();
                    using var response = (await http.DeleteAsync("https://track.customer.io/api/v1/customers/u3")).EnsureSuccessStatusCode(); // sent
                }
            }
            """);

        [Fact]
        public Task FixAwaitsATaskThatIsNotAwaitedWithFixAll() => Fix("""
            class Sync
            {
                private readonly HttpClient http = new();

                public Task Forget(string id) =>
                    // the body the member passes on
                    {|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/" + Uri.EscapeDataString(id))|};

                Task Paid(System.Threading.CancellationToken cancellationToken) => {|CIO3002:http.PostAsJsonAsync("https://track.customer.io/api/v1/events", new { name = "paid" }, cancellationToken)|};

                public static Task Renewed(HttpClient client)
                {
                    var body = new { name = "renewed" };
                    return {|CIO3002:client.PostAsJsonAsync("https://track.customer.io/api/v1/events", body)|}; // sent
                }

                async Task Run()
                {
                    _ = {|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/u3")|};
                    {|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/u4")|};
                    _ = {|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/u8").ConfigureAwait(false)|};
                    Func<Task> later = () => {|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/u5")|};
                    Func<HttpClient, Task> each = static c => {|CIO3002:c.DeleteAsync("https://track.customer.io/api/v1/customers/u6")|};
                    Task Local() => {|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/u7")|};
                    await later();
                }
            }
            """, """
            class Sync
            {
                private readonly HttpClient http = new();

                public async Task Forget(string id) =>
                    // the body the member passes on
                    (await http.DeleteAsync("https://track.customer.io/api/v1/customers/" + Uri.EscapeDataString(id))).EnsureSuccessStatusCode();

                async Task Paid(System.Threading.CancellationToken cancellationToken) => (await http.PostAsJsonAsync("https://track.customer.io/api/v1/events", new { name = "paid" }, cancellationToken)).EnsureSuccessStatusCode();

                public static async Task Renewed(HttpClient client)
                {
                    var body = new { name = "renewed" };
                    (await client.PostAsJsonAsync("https://track.customer.io/api/v1/events", body)).EnsureSuccessStatusCode(); // sent
                }

                async Task Run()
                {
                    _ = (await http.DeleteAsync("https://track.customer.io/api/v1/customers/u3")).EnsureSuccessStatusCode();
                    (await http.DeleteAsync("https://track.customer.io/api/v1/customers/u4")).EnsureSuccessStatusCode();
                    _ = (await http.DeleteAsync("https://track.customer.io/api/v1/customers/u8").ConfigureAwait(false)).EnsureSuccessStatusCode();
                    Func<Task> later = async () => (await http.DeleteAsync("https://track.customer.io/api/v1/customers/u5")).EnsureSuccessStatusCode();
                    Func<HttpClient, Task> each = static async c => (await c.DeleteAsync("https://track.customer.io/api/v1/customers/u6")).EnsureSuccessStatusCode();
                    async Task Local() => (await http.DeleteAsync("https://track.customer.io/api/v1/customers/u7")).EnsureSuccessStatusCode();
                    await later();
                }
            }
            """);

        [Fact]
        public Task NoFixWhereAwaitingTheTaskIsTheAuthorsChoice() => VerifyRule<UncheckedResponseRule>.NoFix<EnsureSuccessStatusCodeCodeFix>("""
            class Sync
            {
                void FireAndForget(HttpClient http) => _ = {|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/u1")|};

                void Dropped(HttpClient http) => {|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/u5")|};

                void EachDropped(HttpClient http, List<string> ids) => ids.ForEach(id => {|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/" + Uri.EscapeDataString(id))|});

                Task Stored(HttpClient http)
                {
                    Task pending = {|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/u2")|};
                    return pending;
                }

                Task OneOfTwo(HttpClient http, bool now)
                {
                    if (now)
                    {
                        return {|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/u3")|};
                    }

                    return Task.CompletedTask;
                }

                Task ByReference(HttpClient http, ref int sent) => {|CIO3002:http.DeleteAsync("https://track.customer.io/api/v1/customers/u4")|};
            }
            """);

        [Fact]
        public Task ReportedOnTheDroppedResponseWithTheRequest() => VerifyRule<UncheckedResponseRule>.Placement(
            """
                class Sync
                {
                    async Task Run(HttpClient http)
                    {
                        var request = {|#1:new HttpRequestMessage(HttpMethod.Delete, "https://track.customer.io/api/v1/customers/u1")|};
                        var response = {|#0:await http.SendAsync(request)|};
                    }
                }
                """,
            new DiagnosticResult(UncheckedResponseRule.Rule).WithLocation(0).WithLocation(1).WithLocation(0)
                .WithArguments("new HttpRequestMessage", "held in 'response', which is never read"));
    }
}
