using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.ValueFlow
{
    /// <summary>
    /// The constant text a sink sends, made in another member: an empty id (CIO1002), an address (CIO1005), an event name
    /// (CIO1009, CIO1012) or a key (CIO2002) kept in a record default, a helper, a field or a constructor's argument.
    /// </summary>
    public class ConstantStringShapesTests
    {
        [Fact]
        public Task EmptyIdThroughRecordsHelpersAndCaptures() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer("""
            using CustomerIOSharp;

            record Customer(string Id = "", string Email = "");

            class Tracker(string customerId)
            {
                public Task Paid(CustomerIo cio) => {|CIO1002:cio.TrackEventAsync("paid", customerId: customerId)|};
            }

            class Sync
            {
                static string Anonymous() => "";

                static string Pick(string id) => id;

                private static readonly string Nobody = string.Empty;

                async Task Run(CustomerIo cio, Customer received, string userId)
                {
                    var customer = new Customer();
                    var known = new Customer(userId);
                    await {|CIO1002:cio.DeleteCustomerAsync(customer.Id)|};
                    await {|CIO1002:cio.DeleteCustomerAsync(Anonymous())|};
                    await {|CIO1002:cio.DeleteCustomerAsync(Nobody)|};
                    await cio.DeleteCustomerAsync(Pick({|CIO1002:""|}));
                    await cio.DeleteCustomerAsync(Pick(userId));
                    await cio.DeleteCustomerAsync(known.Id);
                    await cio.DeleteCustomerAsync(received.Id);
                }

                Tracker Make() => new Tracker("");
            }
            """);

        [Fact]
        public Task NoFixForARecordDefault() => VerifyRule<EmptyCustomerIdentifierRule>.NoFix<RemoveEmptyIdentifierCodeFix>("""
            using CustomerIOSharp;

            record Customer(string Id = "");

            class Sync
            {
                Task Run(CustomerIo cio) => {|CIO1002:cio.DeleteCustomerAsync(new Customer().Id)|};
            }
            """);

        [Fact]
        public Task LookAlikesAndDisagreementsAreSilent() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer("""
            record Customer(string Id = "");

            class Tracker(string customerId)
            {
                public Task Paid(CustomerIOSharp.CustomerIo cio) => cio.TrackEventAsync("paid", customerId: customerId);
            }

            namespace Mine
            {
                class CustomerIo { public Task DeleteCustomerAsync(string id) => Task.CompletedTask; }

                class Sync
                {
                    static string Anonymous() => "";

                    Task Run(CustomerIo cio, HttpClient http) => Task.WhenAll(
                        cio.DeleteCustomerAsync(new Customer().Id),
                        cio.DeleteCustomerAsync(Anonymous()),
                        http.DeleteAsync("https://api.example.com/v1/customers/" + new Customer().Id));

                    Tracker[] Make(string id) => new[] { new Tracker(""), new Tracker(id) };
                }
            }
            """);

        [Fact]
        public Task AddressesFromAFieldOrAHelper() => VerifyRule<EmailAddressRule>.Analyzer("""
            using CustomerIOSharp;

            class Sync
            {
                private static readonly string Placeholder = "n/a";

                static string Fallback() => "nobody";

                async Task Run(CustomerIo cio, string userId)
                {
                    await cio.IdentifyAsync({|CIO1005:new CustomerDetails(userId, Placeholder)|});
                    await cio.IdentifyAsync({|CIO1005:new CustomerDetails(userId, Fallback())|});
                }
            }
            """);

        [Fact]
        public Task BlankEventNameFromAHelper() => VerifyRule<EventNameAndDataRule>.Analyzer("""
            using CustomerIOSharp;

            class Sync
            {
                static string Untitled() => " ";

                Task Run(CustomerIo cio) => {|CIO1012:cio.TrackEventAsync(Untitled(), customerId: "u1")|};
            }
            """);

        [Fact]
        public Task SpellingsMadeInAHelperAreReportedWithoutAFix() => VerifyRule<EventNameSpellingRule>.NoFix<UseMostFrequentEventNameCodeFix>("""
            using CustomerIOSharp;

            class Checkout
            {
                static string Completed() => "Order Completed";

                async Task Run(CustomerIo cio)
                {
                    await cio.TrackEventAsync("order_completed", customerId: "u1");
                    await cio.TrackEventAsync("order_completed", customerId: "u2");
                    await {|CIO1009:cio.TrackEventAsync(Completed(), customerId: "u3")|};
                }
            }
            """);

        [Fact]
        public Task KeyKeptInAFieldIsReportedWithoutAFix() => VerifyRule<CredentialInSourceRule>.NoFix<ReadCredentialFromEnvironmentCodeFix>("""
            using CustomerIOSharp;

            class Clients
            {
                private static readonly string TrackKey = "9e4b7a2c5d8f1e3a6b0c";

                CustomerIo Create() => {|CIO2002:new CustomerIo("site", TrackKey)|};
            }
            """);
    }
}
