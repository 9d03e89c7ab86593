using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.ValueFlow
{
    /// <summary>Every role rule reads a wrapper's caller as it reads a library call: emails, credentials, generated ids.</summary>
    public class InferredWrapperOtherRulesTests
    {
        private const string Client = """
            using CustomerIOSharp;

            class Cio
            {
                public static CustomerIo Create(string siteId, string apiKey) => new CustomerIo(siteId, apiKey);

                public static CustomerIo Make(string siteId, string apiKey) => new(siteId, apiKey);

                private readonly HttpClient http = new();

                public Task InviteAsync(string email) => http.PostAsJsonAsync("https://api.customer.io/v1/send/email", new { transactional_message_id = 3, to = email, identifiers = new { email } });

                public Task ForgetAsync(string userId) => Create("x", "y").DeleteCustomerAsync(userId);
            }

            """;

        [Fact]
        public Task EmailPassedToAWrapper() => VerifyRule<EmailAddressRule>.Analyzer(Client + """
            class Invitations
            {
                Task Run(Cio cio) => Task.WhenAll(cio.InviteAsync({|CIO1005:"jane@"|}), cio.InviteAsync("jane@example.com"));
            }
            """);

        [Fact]
        public Task CredentialPassedToAFactory() => VerifyRule<CredentialInSourceRule>.Analyzer(Client + """
            class Startup
            {
                CustomerIo Build(string siteId) => Cio.Create(siteId, {|CIO2002:"9e4b7a2c5d8f1e3a6b0c"|});

                CustomerIo TargetTyped(string siteId) => Cio.Make(siteId, {|CIO2002:"9e4b7a2c5d8f1e3a6b0c"|});

                CustomerIo FromSettings(string siteId, string key) => Cio.Create(siteId, key);
            }
            """);

        [Fact]
        public Task AMistakeOfTheWrapperItselfIsReportedThereOnly() => VerifyRule<DateNotUnixSecondsRule>.Analyzer("""
            class Profiles
            {
                private readonly HttpClient http = new();

                public Task IdentifyAsync(string id, DateTime createdAt)
                    => http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/" + Uri.EscapeDataString(id), new { created_at = {|CIO1003:createdAt|} });

                public Task SignedUp(string id, DateTime at) => IdentifyAsync(id, at);

                Task Run() => Task.WhenAll(IdentifyAsync("u1", DateTime.UtcNow), SignedUp("u2", DateTime.UtcNow));
            }
            """);

        [Fact]
        public Task GeneratedIdPassedToAWrapper() => VerifyRule<GeneratedIdentifierRule>.Analyzer(Client + """
            class Accounts
            {
                Task Run(Cio cio, string userId) => Task.WhenAll(cio.ForgetAsync({|CIO1013:Guid.NewGuid()|}.ToString()), cio.ForgetAsync(userId));
            }
            """);
    }
}
