using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.ValueFlow
{
    /// <summary>A fix rewrites a value made in another member only when every use of that member is a reported one.</summary>
    public class FixAcrossMembersTests
    {
        [Fact]
        public Task RewritesTheHelperUsedOnlyByTheSink() => VerifyRule<UnixMillisecondsRule>.Fix<UseUnixSecondsCodeFix>("""
            class Sync
            {
                private static long UnixNow() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

                async Task Run(HttpClient http, string id)
                {
                    await {|CIO1001:http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(id)}", new { created_at = UnixNow() })|};
                }
            }
            """, """
            class Sync
            {
                private static long UnixNow() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

                async Task Run(HttpClient http, string id)
                {
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(id)}", new { created_at = UnixNow() });
                }
            }
            """);

        [Fact]
        public Task SeveralDiagnosticsSharingOneOriginMakeOneEdit() => VerifyRule<UnixMillisecondsRule>.Fix<UseUnixSecondsCodeFix>("""
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            class Sync
            {
                private static readonly long Started = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

                IdentifyCustomerRequest[] Build() => new[]
                {
                    new IdentifyCustomerRequest { {|CIO1001:CreatedAt = Started|} },
                    new IdentifyCustomerRequest { {|CIO1001:Timestamp = Started|} },
                };

                async Task Send(HttpClient http) => await {|CIO1001:http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u1", new { created_at = Started })|};
            }
            """, """
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            class Sync
            {
                private static readonly long Started = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

                IdentifyCustomerRequest[] Build() => new[]
                {
                    new IdentifyCustomerRequest { CreatedAt = Started },
                    new IdentifyCustomerRequest { Timestamp = Started },
                };

                async Task Send(HttpClient http) => await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u1", new { created_at = Started });
            }
            """);

        [Fact]
        public Task NoFixWhenTheMemberHasOtherUsesOrIsVisibleElsewhere() => VerifyRule<UnixMillisecondsRule>.NoFix<UseUnixSecondsCodeFix>("""
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            class Sync
            {
                private static long UnixNow() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

                public static long Shared() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

                private long Started { get; } = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

                IdentifyCustomerRequest[] Build()
                {
                    Console.WriteLine($"elapsed since {UnixNow()} ms, started {Started}");
                    return new[]
                    {
                        new IdentifyCustomerRequest { {|CIO1001:CreatedAt = UnixNow()|} },
                        new IdentifyCustomerRequest { {|CIO1001:CreatedAt = Shared()|} },
                        new IdentifyCustomerRequest { {|CIO1001:CreatedAt = Started|} },
                    };
                }
            }
            """);

        [Fact]
        public Task CredentialReadInAFieldUsedOnceGetsTheThrow() => VerifyRule<MaybeMissingCredentialRule>.Fix<ThrowWhenCredentialMissingCodeFix>("""
            using Microsoft.Extensions.Configuration;

            class Clients
            {
                private readonly string? apiKey;

                public Clients(IConfiguration configuration) => apiKey = configuration["CustomerIO:ApiKey"];

                CustomerIOSharp.CustomerIo Build() => {|CIO2001:new CustomerIOSharp.CustomerIo("site", apiKey)|};
            }
            """, """
            using Microsoft.Extensions.Configuration;

            class Clients
            {
                private readonly string? apiKey;

                public Clients(IConfiguration configuration) => apiKey = configuration["CustomerIO:ApiKey"] ?? throw new InvalidOperationException("CustomerIO:ApiKey is not set");

                CustomerIOSharp.CustomerIo Build() => new CustomerIOSharp.CustomerIo("site", apiKey);
            }
            """);

        [Fact]
        public Task NoFixThroughRecordsCapturesOrImplementations() => VerifyRule<UnixMillisecondsRule>.NoFix<UseUnixSecondsCodeFix>("""
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            record Signup(string Id, long JoinedAt = 1700000000000);

            interface IClock
            {
                long Now();
            }

            class MillisecondClock : IClock
            {
                public long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            }

            class Stamper(long at)
            {
                public IdentifyCustomerRequest Build() => new IdentifyCustomerRequest { {|CIO1001:CreatedAt = at|} };

                static Stamper Make() => new Stamper(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            }

            class Sync
            {
                IdentifyCustomerRequest[] Build(string id, IClock clock) => new[]
                {
                    new IdentifyCustomerRequest { {|CIO1001:CreatedAt = new Signup(id).JoinedAt|} },
                    new IdentifyCustomerRequest { {|CIO1001:CreatedAt = clock.Now()|} },
                };
            }
            """);

        [Fact]
        public Task NoThrowAddedToAConstructionsArgument() => VerifyRule<MaybeMissingCredentialRule>.NoFix<ThrowWhenCredentialMissingCodeFix>("""
            using Microsoft.Extensions.Configuration;

            class Sender(string? key)
            {
                public CustomerIOSharp.CustomerIo Client() => {|CIO2001:new CustomerIOSharp.CustomerIo("site", key)|};

                static Sender Make(IConfiguration configuration) => new Sender(configuration["CustomerIO:ApiKey"]);
            }
            """);
    }
}
