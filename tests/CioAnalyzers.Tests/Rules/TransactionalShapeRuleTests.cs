using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class TransactionalShapeRuleTests
    {
        /// <summary>The namespaces these tests use beyond an SDK project's implicit usings.</summary>
        private const string Usings = """
            using System.Text.Json;
            using CustomerIO.Net.Sdk.AppApi;
            using CustomerIO.Net.Sdk.AppApi.Models.Transactional;

            """;

        private static Task Verify(string code) => VerifyRule<TransactionalShapeRule>.Analyzer(Usings + code);

        [Fact]
        public Task NetSdkRequests() => Verify("""
            class Receipts
            {
                async Task Run(CustomerIOAppApiClient app, ICustomerIOAppApiClient client, string userId, string email)
                {
                    await app.SendEmailAsync(new SendEmailRequest { TransactionalMessageId = 3, To = email, Identifiers = new TransactionalIdentifiers { Id = userId, {|CIO1011:Email = email|} } });
                    await app.SendEmailAsync({|CIO1011:new SendEmailRequest { TransactionalMessageId = 3, Identifiers = new TransactionalIdentifiers { Id = userId } }|});
                    var sms = new SendSmsRequest { TransactionalMessageId = 4, Identifiers = {|CIO1011:new TransactionalIdentifiers()|} };
                    await client.SendSmsAsync(sms);
                    await client.SendPushAsync(new SendPushRequest { TransactionalMessageId = 5, Identifiers = new TransactionalIdentifiers { Id = userId }, SendAt = {|CIO1011:DateTimeOffset.UtcNow.AddDays(120).ToUnixTimeSeconds()|} });
                    await client.SendInboxMessageAsync(new SendInboxMessageRequest { TransactionalMessageId = 6, Identifiers = new TransactionalIdentifiers { Email = "a@b.co", {|CIO1011:CioId = "c1"|} } });
                }
            }
            """);

        [Fact]
        public Task RawHttpSends() => Verify("""
            class Receipts
            {
                async Task Run(HttpClient http, string userId, string email)
                {
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new { transactional_message_id = 3, to = email, identifiers = new { id = userId, {|CIO1011:email = email|}, {|CIO1011:cio_id = "c1"|} } });
                    await http.PostAsJsonAsync("https://api-eu.customer.io/v1/send/email", {|CIO1011:new { transactional_message_id = 3, identifiers = new { id = userId } }|});
                    var body = new Dictionary<string, object> { ["transactional_message_id"] = 4, ["identifiers"] = {|CIO1011:new Dictionary<string, string> { ["user_id"] = userId }|} };
                    await http.PostAsync("https://api.customer.io/v1/send/sms", JsonContent.Create(body));
                    var later = DateTimeOffset.UtcNow.Add(TimeSpan.FromDays(91));
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/push", new { transactional_message_id = 5, identifiers = new { id = userId }, send_at = {|CIO1011:later.ToUnixTimeSeconds()|} });
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/in_app", new { transactional_message_id = 6, identifiers = new { id = userId }, send_at = {|CIO1011:DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 100 * 86400|} });
                }
            }
            """);

        [Fact]
        public Task RelativeSendPathOfAClientWhoseBaseAddressIsCustomerIo() => Verify("""
            class AppClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://api.customer.io/v1/") };

                Task Receipt(string userId) => http.PostAsJsonAsync("send/email", {|CIO1011:new { transactional_message_id = 3, identifiers = new { id = userId } }|});
            }
            """);

        [Fact]
        public Task CorrectOrUncertainRequestsAreSilent() => Verify("""
            class Template
            {
                [System.Text.Json.Serialization.JsonPropertyName("to")] public string To { get; set; } = "ops@example.com";
                [System.Text.Json.Serialization.JsonPropertyName("identifiers")] public object? Identifiers { get; set; }
            }

            class Receipts
            {
                async Task Run(CustomerIOAppApiClient app, HttpClient http, string userId, string? email, SendEmailRequest built, TransactionalIdentifiers who)
                {
                    await app.SendEmailAsync(new SendEmailRequest { To = "a@b.co", Identifiers = new TransactionalIdentifiers { Id = userId }, SendAt = DateTimeOffset.UtcNow.AddDays(30).ToUnixTimeSeconds() });
                    await app.SendEmailAsync(new SendEmailRequest { To = "a@b.co", Identifiers = new TransactionalIdentifiers { Id = userId, Email = email } });
                    await app.SendEmailAsync(new SendEmailRequest { To = "a@b.co", Identifiers = who, SendAt = DateTimeOffset.UtcNow.AddMonths(3).ToUnixTimeSeconds() });
                    await app.SendEmailAsync(built);
                    var request = new SendEmailRequest { Identifiers = new TransactionalIdentifiers { Id = userId } };
                    request.To = "a@b.co";
                    await app.SendEmailAsync(request);
                    await app.SendSmsAsync(new SendSmsRequest { Identifiers = new TransactionalIdentifiers { Email = "a@b.co" } });
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new Template { Identifiers = new { id = userId } });
                    var body = new Dictionary<string, object> { ["identifiers"] = new { id = userId } };
                    body["to"] = "a@b.co";
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", body);
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/push", new { identifiers = new { id = userId }, send_at = DateTimeOffset.UtcNow.AddDays(2).ToUnixTimeSeconds() });
                    await http.PostAsJsonAsync("https://api.customer.io/v1/campaigns/7/triggers", new { ids = new[] { userId }, data = new { } });
                    // Recipients in another spelling are there: camel-cased to "to" here; a misspelling is CIO1014's.
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new { To = "a@b.co", identifiers = new { id = userId } });
                    await http.PostAsync("https://api.customer.io/v1/send/email", new StringContent(JsonSerializer.Serialize(new { To = "a@b.co", identifiers = new { id = userId } })));
                }
            }
            """);

        [Fact]
        public Task LookAlikesAreSilent() => Verify("""
            class Mailer { public Task SendEmailAsync(SendEmailRequest request) => Task.CompletedTask; }

            class Receipts
            {
                async Task Run(Mailer mine, HttpClient http, string userId)
                {
                    await mine.SendEmailAsync(new SendEmailRequest { Identifiers = new TransactionalIdentifiers { Id = userId, Email = "a@b.co" } });
                    await http.PostAsJsonAsync("https://api.example.com/v1/send/email", new { identifiers = new { id = userId, email = "a@b.co" } });
                    await http.PostAsJsonAsync("https://track.customer.io/api/v1/send/email", new { identifiers = new { id = userId, email = "a@b.co" } });
                }
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<TransactionalShapeRule>.Analyzer(LookAlikes.Sending("string", "\"c1\""));

        [Fact]
        public Task KeepsTheFirstIdentifier() => VerifyRule<TransactionalShapeRule>.Fix<RemoveExtraIdentifierCodeFix>(Usings + """
            class Receipts
            {
                async Task Run(CustomerIOAppApiClient app, HttpClient http, string userId, string email)
                {
                    await app.SendEmailAsync(new SendEmailRequest { To = email, Identifiers = new TransactionalIdentifiers { Id = userId, {|CIO1011:Email = email|} } });
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/sms", new { identifiers = new { email, {|CIO1011:id = userId|}, {|CIO1011:cio_id = "c1"|} } });
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/push", new { identifiers = new Dictionary<string, string> { ["id"] = userId, {|CIO1011:["email"] = email|} } });
                }
            }
            """, Usings + """
            class Receipts
            {
                async Task Run(CustomerIOAppApiClient app, HttpClient http, string userId, string email)
                {
                    await app.SendEmailAsync(new SendEmailRequest { To = email, Identifiers = new TransactionalIdentifiers { Id = userId } });
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/sms", new { identifiers = new { email } });
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/push", new { identifiers = new Dictionary<string, string> { ["id"] = userId } });
                }
            }
            """);

        [Fact]
        public Task NoFixForMissingPiecesOrSchedules() => VerifyRule<TransactionalShapeRule>.NoFix<RemoveExtraIdentifierCodeFix>(Usings + """
            class Receipts
            {
                async Task Run(HttpClient http, string userId)
                {
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", {|CIO1011:new { identifiers = {|CIO1011:new { user = userId }|} }|});
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/sms", new { identifiers = new { id = userId }, send_at = {|CIO1011:DateTimeOffset.UtcNow.AddYears(1).ToUnixTimeSeconds()|} });
                }
            }
            """);

        [Fact]
        public Task ReportedOnTheExtraIdentifierWithTheCallAsSinkAndAsFixTarget() => VerifyRule<TransactionalShapeRule>.Placement(
            Usings + """
                class Receipts
                {
                    async Task Run(CustomerIOAppApiClient app, string userId)
                    {
                        var request = new SendEmailRequest { To = "a@b.co", Identifiers = new TransactionalIdentifiers { Id = userId, {|#0:Email = "a@b.co"|} } };
                        await {|#1:app.SendEmailAsync(request)|};
                    }
                }
                """,
            new DiagnosticResult(TransactionalShapeRule.Rule).WithLocation(0).WithLocation(1).WithLocation(0)
                .WithArguments("CustomerIOAppApiClient.SendEmailAsync(request)", "\"identifiers\" holds \"email\" besides \"id\": Customer.io takes exactly one of id, email, cio_id"));
    }
}
