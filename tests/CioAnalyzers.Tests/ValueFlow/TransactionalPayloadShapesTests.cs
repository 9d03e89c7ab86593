using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.ValueFlow
{
    /// <summary>CIO1011's transactional request written whole (WholePayload) in another member.</summary>
    public class TransactionalPayloadShapesTests
    {
        private const string Email = "https://api.customer.io/v1/send/email";

        private static Task Verify(string code) => VerifyRule<TransactionalShapeRule>.Analyzer(code.Replace("EMAIL", Email));

        [Fact]
        public Task HelpersPropertiesFieldsRecordsAndCaptures() => Verify("""
            using CustomerIO.Net.Sdk.AppApi;
            using CustomerIO.Net.Sdk.AppApi.Models.Transactional;

            record Envelope(string Route, object Body);

            class Mailer(object body)
            {
                public Task Send(HttpClient http) => {|CIO1011:http.PostAsJsonAsync("EMAIL", body)|};
            }

            class Receipts
            {
                private readonly object kept;

                public Receipts() => kept = new { transactional_message_id = 3, identifiers = new { id = "u1" } };

                static object Receipt(string id) => new { transactional_message_id = 3, identifiers = new { id } };

                static SendEmailRequest Request(string id) => new SendEmailRequest { TransactionalMessageId = 3, Identifiers = new TransactionalIdentifiers { Id = id } };

                static object Who(string id) => new { id, email = "a@b.co" };

                object Current => new { transactional_message_id = 3, identifiers = new { id = "u1" } };

                static object Template { get; } = new { transactional_message_id = 3, identifiers = new { id = "u1" } };

                async Task Run(HttpClient http, CustomerIOAppApiClient app, string userId)
                {
                    var envelope = new Envelope("EMAIL", {|CIO1011:new { transactional_message_id = 3, identifiers = new { id = userId } }|});
                    await {|CIO1011:http.PostAsJsonAsync("EMAIL", Receipt(userId))|};
                    await {|CIO1011:app.SendEmailAsync(Request(userId))|};
                    await {|CIO1011:http.PostAsJsonAsync("EMAIL", new { transactional_message_id = 3, to = "a@b.co", identifiers = Who(userId) })|};
                    await {|CIO1011:http.PostAsJsonAsync("EMAIL", Current)|};
                    await {|CIO1011:http.PostAsJsonAsync("EMAIL", Template)|};
                    await {|CIO1011:http.PostAsJsonAsync("EMAIL", kept)|};
                    await http.PostAsJsonAsync(envelope.Route, envelope.Body);
                    await new Mailer(new { transactional_message_id = 3, identifiers = new { id = userId } }).Send(http);
                }
            }
            """);

        /// <summary>A dictionary or request kept in a field or property may be completed by other code before it is sent.</summary>
        [Fact]
        public Task MutableRequestsKeptInFieldsAndPropertiesAreSilent() => Verify("""
            class Receipts
            {
                private readonly Dictionary<string, object> body = new() { ["transactional_message_id"] = 3, ["identifiers"] = new { id = "u1" } };

                static Dictionary<string, object> Shared { get; } = new() { ["transactional_message_id"] = 3 };

                static Dictionary<string, object> Fresh() => new() { ["transactional_message_id"] = 3, ["to"] = "a@b.co", ["identifiers"] = new { id = "u1" } };

                async Task Run(HttpClient http)
                {
                    body["to"] = "a@b.co";
                    await http.PostAsJsonAsync("EMAIL", body);
                    await http.PostAsJsonAsync("EMAIL", Shared);
                    var request = Fresh();
                    request["send_at"] = 0;
                    await http.PostAsJsonAsync("EMAIL", request);
                    await http.PostAsJsonAsync("EMAIL", Fresh());
                }
            }
            """);

        [Fact]
        public Task DisagreeingValuesAreSilent() => Verify("""
            interface IReceipt
            {
                object Body(string id);
            }

            class Plain : IReceipt
            {
                public object Body(string id) => new { transactional_message_id = 3, identifiers = new { id } };
            }

            class Addressed : IReceipt
            {
                public object Body(string id) => new { transactional_message_id = 3, to = "a@b.co", identifiers = new { id } };
            }

            class Receipts
            {
                static object Either(bool addressed, string id)
                {
                    if (addressed)
                    {
                        return new { transactional_message_id = 3, to = "a@b.co", identifiers = new { id } };
                    }

                    return new { transactional_message_id = 3, identifiers = new { id } };
                }

                async Task Run(HttpClient http, IReceipt receipt, bool addressed, string userId)
                {
                    await http.PostAsJsonAsync("EMAIL", receipt.Body(userId));
                    await http.PostAsJsonAsync("EMAIL", Either(addressed, userId));
                }
            }
            """);

        [Fact]
        public Task RecursiveMembersEndSilently() => Verify("""
            class Receipts
            {
                static object Ping(int n) => n > 0 ? Pong(n - 1) : Ping(n);

                static object Pong(int n) => Ping(n);

                static object First => Second;

                static object Second => First;

                async Task Run(HttpClient http)
                {
                    await http.PostAsJsonAsync("EMAIL", Ping(3));
                    await http.PostAsJsonAsync("EMAIL", First);
                }
            }
            """);

        [Fact]
        public Task TheSameMembersTowardsAnotherHostAreSilent() => Verify("""
            class Mailer(object body)
            {
                public Task Send(HttpClient http) => http.PostAsJsonAsync("https://api.example.com/v1/send/email", body);
            }

            class Receipts
            {
                static object Receipt(string id) => new { transactional_message_id = 3, identifiers = new { id } };

                static object Who(string id) => new { id, email = "a@b.co" };

                async Task Run(HttpClient http, string userId)
                {
                    await http.PostAsJsonAsync("https://api.example.com/v1/send/email", Receipt(userId));
                    await http.PostAsJsonAsync("https://api.example.com/v1/send/email", new { transactional_message_id = 3, to = "a@b.co", identifiers = Who(userId) });
                    await new Mailer(new { transactional_message_id = 3, identifiers = new { id = userId } }).Send(http);
                }
            }
            """);

        [Fact]
        public Task NoFixRemovesAnIdentifierInAHelper() => VerifyRule<TransactionalShapeRule>.NoFix<RemoveExtraIdentifierCodeFix>("""
            class Receipts
            {
                static object Who(string id) => new { id, email = "a@b.co" };

                Task Run(HttpClient http, string userId) => {|CIO1011:http.PostAsJsonAsync("EMAIL", new { transactional_message_id = 3, to = "a@b.co", identifiers = Who(userId) })|};
            }
            """.Replace("EMAIL", Email));
    }
}
