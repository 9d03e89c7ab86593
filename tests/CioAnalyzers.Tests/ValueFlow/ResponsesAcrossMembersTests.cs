using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.ValueFlow
{
    /// <summary>
    /// CIO3002 follows a response across members: a source method that returns a Customer.io response passes the check
    /// to its callers (up to three methods deep), and a message built in one method and sent in another is a request.
    /// </summary>
    public class ResponsesAcrossMembersTests
    {
        private static Task Verify(string code) => VerifyRule<UncheckedResponseRule>.Analyzer(code);

        private const string TrackClient = """
            class TrackClient
            {
                private readonly HttpClient http = new();

                public Task<HttpResponseMessage> PostToCioAsync(object body) => http.PostAsJsonAsync("https://track.customer.io/api/v1/customers/u1/events", body);

                public async Task<HttpResponseMessage> ForgetAsync(string id) => await http.DeleteAsync("https://track.customer.io/api/v1/customers/" + Uri.EscapeDataString(id));

                public HttpResponseMessage Identify(HttpContent content)
                {
                    var response = http.PutAsync("https://track.customer.io/api/v1/customers/u1", content).Result;
                    return response;
                }
            }

            """;

        [Fact]
        public Task CallersThatDropAWrappersResponse() => Verify(TrackClient + """
            class Orders
            {
                async Task Paid(TrackClient cio, HttpContent content)
                {
                    {|CIO3002:await cio.PostToCioAsync(new { name = "paid" })|};
                    _ = {|CIO3002:await cio.ForgetAsync("u1").ConfigureAwait(false)|};
                    var response = {|CIO3002:await cio.ForgetAsync("u2")|};
                    {|CIO3002:cio.Identify(content)|};
                    _ = {|CIO3002:cio.PostToCioAsync(new { name = "later" })|};
                    {|CIO3002:cio.ForgetAsync("u3").Wait()|};
                }

                Task Forget(TrackClient cio) => {|CIO3002:cio.ForgetAsync("u4")|};
            }
            """);

        [Fact]
        public Task CallersThatCheckOrPassOnTheResponseAreSilent() => Verify(TrackClient + """
            class Orders
            {
                async Task<HttpResponseMessage> Paid(TrackClient cio, HttpContent content)
                {
                    (await cio.PostToCioAsync(new { name = "paid" })).EnsureSuccessStatusCode();
                    var response = await cio.ForgetAsync("u1");
                    if (!response.IsSuccessStatusCode) throw new InvalidOperationException();
                    Console.WriteLine(cio.Identify(content).StatusCode);
                    cio.ForgetAsync("u2").Result.EnsureSuccessStatusCode();
                    return await cio.ForgetAsync("u3");
                }

                Task<HttpResponseMessage> Forget(TrackClient cio) => cio.ForgetAsync("u4");
            }
            """);

        [Fact]
        public Task WrappersThatCheckOrSendElsewherePassNothing() => Verify("""
            class Clients
            {
                private readonly HttpClient http = new();

                public async Task<HttpResponseMessage> CheckedAsync()
                {
                    var response = await http.DeleteAsync("https://track.customer.io/api/v1/customers/u1");
                    response.EnsureSuccessStatusCode();
                    return response;
                }

                public async Task<HttpResponseMessage> CheckedInlineAsync()
                    => (await http.DeleteAsync("https://track.customer.io/api/v1/customers/u2")).EnsureSuccessStatusCode();

                public Task<HttpResponseMessage> ElsewhereAsync() => http.DeleteAsync("https://crm.example.com/api/v1/customers/u3");

                public Task<HttpResponseMessage> OneOfTwoAsync(bool live)
                {
                    if (!live)
                    {
                        return Task.FromResult(new HttpResponseMessage());
                    }

                    return http.DeleteAsync("https://track.customer.io/api/v1/customers/u4");
                }

                public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => Task.FromResult(new HttpResponseMessage());

                static HttpRequestMessage Build(string id) => new HttpRequestMessage(HttpMethod.Delete, "https://track.customer.io/api/v1/customers/" + Uri.EscapeDataString(id));

                async Task Run()
                {
                    await CheckedAsync();
                    await CheckedInlineAsync();
                    await ElsewhereAsync();
                    await OneOfTwoAsync(true);
                    await SendAsync(Build("u5"));
                }
            }
            """);

        [Fact]
        public Task TheObligationTravelsThreeMethodsDeep() => Verify("""
            class Client
            {
                private readonly HttpClient http = new();

                public Task<HttpResponseMessage> PostEventAsync(object body) => http.PostAsJsonAsync("https://track.customer.io/api/v1/events", body);
            }

            class Service
            {
                private readonly Client client = new();

                public Task<HttpResponseMessage> TrackAsync(string name) => client.PostEventAsync(new { name });
            }

            class Facade
            {
                private readonly Service service = new();

                public async Task<HttpResponseMessage> PaidAsync() => await service.TrackAsync("paid");
            }

            class Deeper
            {
                private readonly Facade facade = new();

                public Task<HttpResponseMessage> PaidAsync() => facade.PaidAsync();
            }

            class Controller
            {
                async Task Run(Client client, Service service, Facade facade, Deeper deeper)
                {
                    {|CIO3002:await client.PostEventAsync(new { name = "a" })|};
                    {|CIO3002:await service.TrackAsync("b")|};
                    {|CIO3002:await facade.PaidAsync()|};
                    await deeper.PaidAsync();
                }
            }
            """);

        [Fact]
        public Task ExtensionMethodsLocalFunctionsAndGenericWrappers() => Verify("""
            static class CustomerIoCalls
            {
                public static Task<HttpResponseMessage> ForgetInCioAsync(this HttpClient http, string id)
                    => http.DeleteAsync("https://track.customer.io/api/v1/customers/" + Uri.EscapeDataString(id));

                public static Task<HttpResponseMessage> PostInCioAsync<T>(HttpClient http, T body)
                    => http.PostAsJsonAsync("https://track.customer.io/api/v1/events", body);
            }

            class Orders
            {
                async Task Run(HttpClient http)
                {
                    {|CIO3002:await http.ForgetInCioAsync("u1")|};
                    {|CIO3002:await CustomerIoCalls.PostInCioAsync(http, new { name = "paid" })|};
                    {|CIO3002:await Local()|};

                    Task<HttpResponseMessage> Local() => http.DeleteAsync("https://track.customer.io/api/v1/customers/u2");
                }
            }
            """);

        [Fact]
        public Task InterfaceAndVirtualCallsFollowTheImplementationsInTheCompilation() => Verify("""
            interface ICustomerIo
            {
                Task<HttpResponseMessage> IdentifyAsync(string id);
            }

            class CustomerIoHttp : ICustomerIo
            {
                private readonly HttpClient http = new();

                public Task<HttpResponseMessage> IdentifyAsync(string id)
                    => http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/" + Uri.EscapeDataString(id), new { plan = "pro" });
            }

            abstract class Sender
            {
                protected readonly HttpClient http = new();

                public abstract Task<HttpResponseMessage> ForgetAsync(string id);

                public virtual Task<HttpResponseMessage> PingAsync() => http.DeleteAsync("https://track.customer.io/api/v1/customers/ping");
            }

            sealed class TrackSender : Sender
            {
                public override Task<HttpResponseMessage> ForgetAsync(string id) => http.DeleteAsync("https://track.customer.io/api/v1/customers/" + Uri.EscapeDataString(id));
            }

            class Service
            {
                async Task Run(ICustomerIo cio, Sender sender)
                {
                    {|CIO3002:await cio.IdentifyAsync("u1")|};
                    {|CIO3002:await sender.ForgetAsync("u2")|};
                    {|CIO3002:await sender.PingAsync()|};
                }
            }
            """);

        [Fact]
        public Task ImplementationsThatDisagreeAreSilent() => Verify("""
            interface IMailer
            {
                Task<HttpResponseMessage> IdentifyAsync(string id);
            }

            class CustomerIoMailer : IMailer
            {
                private readonly HttpClient http = new();

                public Task<HttpResponseMessage> IdentifyAsync(string id)
                    => http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/" + Uri.EscapeDataString(id), new { plan = "pro" });
            }

            class OtherMailer : IMailer
            {
                private readonly HttpClient http = new();

                public Task<HttpResponseMessage> IdentifyAsync(string id) => http.PutAsJsonAsync("https://crm.example.com/people/" + Uri.EscapeDataString(id), new { plan = "pro" });
            }

            class Sender
            {
                protected readonly HttpClient http = new();

                public virtual Task<HttpResponseMessage> PingAsync() => http.DeleteAsync("https://track.customer.io/api/v1/customers/ping");
            }

            class QuietSender : Sender
            {
                public override Task<HttpResponseMessage> PingAsync() => Task.FromResult(new HttpResponseMessage());
            }

            class Service
            {
                async Task Run(IMailer mailer, Sender sender)
                {
                    await mailer.IdentifyAsync("u1");
                    await sender.PingAsync();
                }
            }
            """);

        [Fact]
        public Task RequestMessagesBuiltInAnotherMethod() => Verify("""
            class Tracker
            {
                private readonly HttpClient http = new();

                static HttpRequestMessage Build(string id)
                    => new HttpRequestMessage(HttpMethod.Post, "https://track.customer.io/api/v1/customers/" + Uri.EscapeDataString(id) + "/events")
                    {
                        Content = JsonContent.Create(new { name = "paid" }),
                    };

                static HttpRequestMessage BuildDelete(string id)
                {
                    var request = new HttpRequestMessage(HttpMethod.Delete, "https://track.customer.io/api/v1/customers/" + Uri.EscapeDataString(id));
                    request.Headers.Add("X-Trace", "1");
                    return request;
                }

                static HttpRequestMessage BuildElsewhere(string id) => new HttpRequestMessage(HttpMethod.Delete, "https://crm.example.com/people/" + Uri.EscapeDataString(id));

                public Task<HttpResponseMessage> SendBuiltAsync(string id) => http.SendAsync(Build(id));

                async Task Run(string id)
                {
                    {|CIO3002:await http.SendAsync(Build(id))|};
                    var message = BuildDelete(id);
                    {|CIO3002:await http.SendAsync(message)|};
                    {|CIO3002:await SendBuiltAsync(id)|};
                    (await http.SendAsync(Build("u2"))).EnsureSuccessStatusCode();
                    await http.SendAsync(BuildElsewhere(id));
                }
            }
            """);

        [Fact]
        public Task AMessagePreparedInTheWrapperBeforeItIsSentStillPassesItsResponseOn() => Verify("""
            class Tracker
            {
                private readonly HttpClient http = new();

                public async Task<HttpResponseMessage> IdentifyAsync(string id, string token)
                {
                    var request = new HttpRequestMessage(HttpMethod.Put, "https://track.customer.io/api/v1/customers/" + Uri.EscapeDataString(id));
                    request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", token);
                    request.Content = JsonContent.Create(new { plan = "pro" });
                    return await http.SendAsync(request);
                }

                public async Task<HttpResponseMessage> RedirectedAsync(string id)
                {
                    var request = new HttpRequestMessage(HttpMethod.Put, "https://track.customer.io/api/v1/customers/" + Uri.EscapeDataString(id));
                    request.RequestUri = new Uri("https://crm.example.com/people/" + Uri.EscapeDataString(id));
                    return await http.SendAsync(request);
                }

                async Task Run(string id, string token)
                {
                    {|CIO3002:await IdentifyAsync(id, token)|};
                    (await IdentifyAsync(id, token)).EnsureSuccessStatusCode();
                    await RedirectedAsync(id);
                }
            }
            """);

        [Fact]
        public Task TheBuildersRequestIsCheckedByTheUrlRules() => VerifyRule<UnescapedPathSegmentRule>.Analyzer("""
            class Tracker
            {
                private readonly HttpClient http = new();

                static HttpRequestMessage Build(string id) => new HttpRequestMessage(HttpMethod.Delete, "https://track.customer.io/api/v1/customers/" + {|CIO3001:id|});

                async Task Run(string id) => (await http.SendAsync(Build(id))).EnsureSuccessStatusCode();
            }
            """);

        [Fact]
        public Task TheBuildersRouteIsCheckedToo() => VerifyRule<UndocumentedRouteRule>.Analyzer("""
            class Tracker
            {
                private readonly HttpClient http = new();

                static HttpRequestMessage Build(string id)
                    => new HttpRequestMessage(HttpMethod.Put, {|CIO3003:"https://track.customer.io/api/v1/customer/"|} + Uri.EscapeDataString(id));

                async Task Run(string id) => (await http.SendAsync(Build(id))).EnsureSuccessStatusCode();
            }
            """);

        [Fact]
        public Task RecursionEndsSilently() => Verify("""
            class Loop
            {
                private readonly HttpClient http = new();

                public async Task<HttpResponseMessage> PingAsync(int n)
                {
                    if (n > 0)
                    {
                        return await PongAsync(n - 1);
                    }

                    return await http.DeleteAsync("https://track.customer.io/api/v1/customers/u1");
                }

                public Task<HttpResponseMessage> PongAsync(int n) => PingAsync(n);

                public Task<HttpResponseMessage> Self() => Self();

                public Task<HttpResponseMessage> Direct() => http.DeleteAsync("https://track.customer.io/api/v1/customers/u2");

                async Task Run()
                {
                    await PingAsync(3);
                    await Self();
                    {|CIO3002:await Direct()|};
                }
            }
            """);

        [Fact]
        public Task BrokenCodeDoesNotThrow() => Verify("""
            class Broken
            {
                private readonly HttpClient http = new();

                public Task<HttpResponseMessage> Missing() => {|CS0103:Nowhere|}("https://track.customer.io/api/v1/customers/u1");

                public Task<HttpResponseMessage> {|CS0161:NoReturn|}(bool yes)
                {
                    if (yes)
                    {
                        return http.DeleteAsync("https://track.customer.io/api/v1/customers/u2");
                    }
                }

                static HttpRequestMessage Build() => new HttpRequestMessage(HttpMethod.Delete, {|CS0103:url|});

                async Task Run()
                {
                    await Missing();
                    {|CIO3002:await NoReturn(true)|};
                    await http.SendAsync(Build());
                    await {|CS0103:Unknown|}();
                }
            }
            """);

        [Fact]
        public Task FixChecksTheWrappersResponseWithFixAll() => VerifyRule<UncheckedResponseRule>.Fix<EnsureSuccessStatusCodeCodeFix>(TrackClient + """
            class Orders
            {
                async Task Paid(TrackClient cio, HttpContent content)
                {
                    {|CIO3002:await cio.PostToCioAsync(new { name = "paid" })|};
                    _ = {|CIO3002:cio.PostToCioAsync(new { name = "later" })|};
                    {|CIO3002:cio.Identify(content)|}; // sent
                }
            }
            """, TrackClient + """
            class Orders
            {
                async Task Paid(TrackClient cio, HttpContent content)
                {
                    (await cio.PostToCioAsync(new { name = "paid" })).EnsureSuccessStatusCode();
                    _ = (await cio.PostToCioAsync(new { name = "later" })).EnsureSuccessStatusCode();
                    cio.Identify(content).EnsureSuccessStatusCode(); // sent
                }
            }
            """);

        [Fact]
        public Task ReportedOnTheCallerWithTheWrappersRequestAndThePath() => VerifyRule<UncheckedResponseRule>.Placement(
            """
                class Client
                {
                    private readonly HttpClient http = new();

                    public Task<HttpResponseMessage> PostEventAsync(object body) => {|#1:http.PostAsJsonAsync("https://track.customer.io/api/v1/events", body)|};
                }

                class Service
                {
                    private readonly Client client = new();

                    public Task<HttpResponseMessage> TrackAsync(string name) => client.PostEventAsync(new { name });

                    async Task Run() => {|#0:await TrackAsync("paid")|};
                }
                """,
            new DiagnosticResult(UncheckedResponseRule.Rule).WithLocation(0).WithLocation(1).WithLocation(0)
                .WithArguments("HttpClient.PostAsJsonAsync (returned by PostEventAsync(), then TrackAsync())", "discarded"));

        [Fact]
        public Task ABuiltMessageIsNamedByItsBuilder() => VerifyRule<UncheckedResponseRule>.Placement(
            """
                class Tracker
                {
                    private readonly HttpClient http = new();

                    static HttpRequestMessage Build() => {|#1:new HttpRequestMessage(HttpMethod.Delete, "https://track.customer.io/api/v1/customers/u1")|};

                    async Task Run() => _ = {|#0:await http.SendAsync(Build())|};
                }
                """,
            new DiagnosticResult(UncheckedResponseRule.Rule).WithLocation(0).WithLocation(1).WithLocation(0)
                .WithArguments("new HttpRequestMessage (built by Build())", "discarded"));
    }
}
