using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.Configuration
{
    /// <summary>A CustomerIo.Api.txt file teaches every rule about the team's own wrapper, exactly as about a built-in library.</summary>
    public class WrapperConfigurationTests
    {
        private const string Gateway = """
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;

            namespace Acme.Crm
            {
                public sealed class CustomerIoGateway
                {
                    public CustomerIoGateway(string siteId, string apiKey) { }
                    public Task IdentifyAsync(string userId, IDictionary<string, object> traits) => Task.CompletedTask;
                    public Task TrackAsync(string userId, string eventName, long occurredAt) => Task.CompletedTask;
                    public Task TrackLaterAsync(string userId, long occurredAt) => Task.CompletedTask;
                }

                public sealed class CrmEvent
                {
                    public long OccurredAt { get; set; }
                    public long RecordedAt { get; set; }
                }
            }

            """;

        private const string ApiFile = """
            # Acme's Customer.io gateway
            customer-id    M:Acme.Crm.CustomerIoGateway.IdentifyAsync(System.String,System.Collections.Generic.IDictionary{System.String,System.Object}) userId
            customer-id    M:Acme.Crm.CustomerIoGateway.TrackAsync(System.String,System.String,System.Int64) userId
            unix-seconds   M:Acme.Crm.CustomerIoGateway.TrackAsync(System.String,System.String,System.Int64) occurredAt
            event-name     M:Acme.Crm.CustomerIoGateway.TrackAsync(System.String,System.String,System.Int64) eventName

            unix-seconds   P:Acme.Crm.CrmEvent.OccurredAt   # sent as created_at
            site-id        M:Acme.Crm.CustomerIoGateway.#ctor(System.String,System.String) siteId
            track-api-key  M:Acme.Crm.CustomerIoGateway.#ctor(System.String,System.String) apiKey
            """;

        private const string Calls = """
            namespace Acme.Shop
            {
                using System;
                using System.Collections.Generic;
                using System.Threading.Tasks;
                using Acme.Crm;

                class Checkout
                {
                    async Task Run()
                    {
                        var gateway = new CustomerIoGateway({|CIO2001:Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID")|}, "0123456789abcdefghij");
                        await gateway.IdentifyAsync({|CIO1002:""|}, new Dictionary<string, object>());
                        await gateway.TrackAsync({|CIO1002:" "|}, "paid", {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|});
                        var evt = new CrmEvent { OccurredAt = {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|}, RecordedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() };
                        await gateway.TrackLaterAsync("", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
                    }
                }
            }
            """;

        [Fact]
        public Task MillisecondsReachAConfiguredTimestamp() => VerifyRule<UnixMillisecondsRule>.AnalyzerWithApiFile(Gateway + Only("CIO1001", Calls), ApiFile);

        [Fact]
        public Task EmptyIdReachesAConfiguredIdentifier() => VerifyRule<EmptyCustomerIdentifierRule>.AnalyzerWithApiFile(Gateway + Only("CIO1002", Calls), ApiFile);

        [Fact]
        public Task MissingSettingReachesAConfiguredCredential() => VerifyRule<MaybeMissingCredentialRule>.AnalyzerWithApiFile(Gateway + Only("CIO2001", Calls), ApiFile);

        [Fact]
        public Task WithoutTheFileTheWrapperIsJustCode() => VerifyRule<UnixMillisecondsRule>.Analyzer(Gateway + Only("none", Calls));

        /// <summary>Keeps the markup of one rule and drops the others', so each analyzer sees its own expectations.</summary>
        private static string Only(string id, string code)
            => System.Text.RegularExpressions.Regex.Replace(code, @"\{\|(CIO\d{4}):(.*?)\|\}", m => m.Groups[1].Value == id ? m.Value : m.Groups[2].Value);
    }
}
