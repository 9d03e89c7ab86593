using System.Threading.Tasks;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class EmailAddressRuleTests
    {
        [Fact]
        public Task CustomerIoSharp() => VerifyRule<EmailAddressRule>.Analyzer("""
            using CustomerIOSharp;

            class Customer : ICustomerDetails
            {
                public string Id { get; set; } = "";
                public string Email { get; set; } = "";
            }

            class Sync
            {
                const string Unknown = "n/a";

                async Task Run(CustomerIo cio, string userId)
                {
                    await cio.IdentifyAsync(new CustomerDetails(userId, {|CIO1005:Unknown|}));
                    await cio.IdentifyAsync(new CustomerDetails(userId, {|CIO1005:""|}));
                    await cio.IdentifyAsync(new Customer { Id = userId, Email = {|CIO1005:"jane doe@example.com"|} });
                }
            }
            """);

        [Fact]
        public Task NetSdkRequestModels() => VerifyRule<EmailAddressRule>.Analyzer("""
            using CustomerIO.Net.Sdk.AppApi.Models.Transactional;
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            class Sync
            {
                void Run(string userId)
                {
                    _ = new IdentifyCustomerRequest { Id = userId, Email = {|CIO1005:"@example.com"|} };
                    _ = new CustomerIdentifier { Email = {|CIO1005:"jane@"|} };
                    _ = new SendEmailRequest { TransactionalMessageId = 3, To = {|CIO1005:"jane.example.com"|}, Identifiers = new TransactionalIdentifiers { Email = {|CIO1005:"jane"|} } };
                    var request = new SendEmailRequest { TransactionalMessageId = 3, Identifiers = new TransactionalIdentifiers { Id = userId } };
                    request.To = {|CIO1005:"jane@example.com, bob"|};
                }
            }
            """);

        [Fact]
        public Task RawHttpBodiesAndPaths() => VerifyRule<EmailAddressRule>.Analyzer("""
            class Sync
            {
                async Task Run(HttpClient http, string userId)
                {
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{userId}", new { email = {|CIO1005:"none"|} });
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new { transactional_message_id = 3, to = {|CIO1005:"jane@"|}, identifiers = new { email = {|CIO1005:"jane at example.com"|} } });
                    await http.PostAsJsonAsync("https://track.customer.io/api/v1/merge_customers", new { primary = new { email = {|CIO1005:"@example.com"|} }, secondary = new { id = "u2" } });
                    await http.DeleteAsync({|CIO1005:"https://track.customer.io/api/v1/customers/jane@"|});
                    await http.PostAsJsonAsync({|CIO1005:"https://track.customer.io/api/v1/customers/@example.com/events"|}, new { name = "paid" });
                }
            }
            """);

        [Fact]
        public Task ConfiguredWrapper() => VerifyRule<EmailAddressRule>.AnalyzerWithApiFile("""
            namespace Acme.Crm
            {
                public sealed class Gateway
                {
                    public Task InviteAsync(string email) => Task.CompletedTask;
                }

                class Invitations
                {
                    Task Run(Gateway gateway) => gateway.InviteAsync({|CIO1005:"invitee"|});
                    Task Right(Gateway gateway) => gateway.InviteAsync("invitee@example.com");
                }
            }
            """, """
            email  M:Acme.Crm.Gateway.InviteAsync(System.String) email
            """);

        [Fact]
        public Task AddressesListsDisplayNamesAndRunTimeValuesAreSilent() => VerifyRule<EmailAddressRule>.Analyzer("""
            using CustomerIO.Net.Sdk.AppApi.Models.Transactional;
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            class Sync
            {
                async Task Run(HttpClient http, string userId, string email, string? maybe)
                {
                    _ = new IdentifyCustomerRequest { Id = userId, Email = "jane@example.com" };
                    _ = new IdentifyCustomerRequest { Id = userId, Email = email };
                    _ = new IdentifyCustomerRequest { Id = userId, Email = maybe };
                    _ = new IdentifyCustomerRequest { Id = userId, Email = null };
                    _ = new IdentifyCustomerRequest { Id = userId, Email = "jane@localhost" };
                    _ = new SendEmailRequest { To = "Jane Doe <jane@example.com>", Identifiers = new TransactionalIdentifiers { Email = " jane@example.com " } };
                    _ = new SendEmailRequest { To = "jane@example.com, \"Doe, Bob\" <bob@example.com>,", Identifiers = new TransactionalIdentifiers { Id = userId } };
                    _ = new SendEmailRequest { To = "Doe, Jane <jane@example.com>", Identifiers = new TransactionalIdentifiers { Id = userId } };
                    _ = new SendSmsRequest { To = "+15551234567", Identifiers = new TransactionalIdentifiers { Id = userId } };
                    _ = new SendPushRequest { To = "device-token", Identifiers = new TransactionalIdentifiers { Id = userId } };
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/sms", new { to = "+15551234567", identifiers = new { id = userId } });
                    await http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new { to = $"{email}", identifiers = new { id = userId }, message_data = new { email = "n/a" } });
                    await http.PostAsJsonAsync($"https://track.customer.io/api/v1/customers/{userId}/events", new { name = "invited", data = new { email = "pending" } });
                    await http.DeleteAsync("https://track.customer.io/api/v1/customers/jane@example.com");
                    await http.DeleteAsync("https://track.customer.io/api/v1/customers/u-42");
                    await http.DeleteAsync($"https://track.customer.io/api/v1/customers/{email}");
                }
            }
            """);

        [Fact]
        public Task LookAlikesAreSilent() => VerifyRule<EmailAddressRule>.Analyzer("""
            class CustomerDetails { public CustomerDetails(string id, string email) { } }

            class Sync
            {
                async Task Run(HttpClient http)
                {
                    _ = new CustomerDetails("u1", "n/a");
                    await http.PutAsJsonAsync("https://crm.example.com/api/v1/customers/u1", new { email = "n/a" });
                    await http.PostAsJsonAsync("https://api.example.com/v1/send/email", new { to = "jane@" });
                    await http.DeleteAsync("https://crm.example.com/api/v1/customers/jane@");
                }
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<EmailAddressRule>.Analyzer(LookAlikes.Sending("string", "\"n/a\""));

        [Fact]
        public Task ReportedOnTheTextWithTheAssignmentAsSink() => VerifyRule<EmailAddressRule>.Placement(
            """
                class Sync
                {
                    void Run()
                    {
                        var placeholder = {|#0:"unknown"|};
                        _ = new CustomerIO.Net.Sdk.TrackApi.Models.Customer.IdentifyCustomerRequest { {|#1:Email = placeholder|} };
                    }
                }
                """,
            new DiagnosticResult(EmailAddressRule.Rule).WithLocation(0).WithLocation(1)
                .WithArguments("IdentifyCustomerRequest.Email", "unknown", "it has no @"));
    }
}
