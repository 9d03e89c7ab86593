using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.ValueFlow
{
    /// <summary>CIO1001 follows a millisecond value made in another member: the diagnostic sits on the call that sends it.</summary>
    public class MillisecondsAcrossMembersTests
    {
        private static Task Verify(string code) => VerifyRule<UnixMillisecondsRule>.Analyzer(code);

        [Fact]
        public Task HelperMethodAndLocalFunction() => Verify("""
            class Sync
            {
                static long UnixNow() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

                static long Stamp(bool early)
                {
                    if (early)
                    {
                        return 1700000000000;
                    }

                    var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                    return now;
                }

                async Task Run(HttpClient http, string id)
                {
                    await {|CIO1001:http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new { created_at = UnixNow() })|};
                    await {|CIO1001:http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new { created_at = Stamp(true) })|};
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new { created_at = Local() });

                    // Inside the sending member: the diagnostic sits on the value itself.
                    long Local() => {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|};
                }
            }
            """);

        [Fact]
        public Task PropertiesAndFields() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            class Clock
            {
                private static readonly long Started = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                private readonly long opened;

                public Clock()
                {
                    opened = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                    Assigned = 1700000000000;
                }

                public long Assigned { get; private set; }

                public long Now => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

                public long Joined { get; } = 1700000000000;

                public long Through => Started;

                IdentifyCustomerRequest[] Build() => new[]
                {
                    new IdentifyCustomerRequest { {|CIO1001:CreatedAt = Started|} },
                    new IdentifyCustomerRequest { {|CIO1001:CreatedAt = opened|} },
                    new IdentifyCustomerRequest { {|CIO1001:CreatedAt = Now|} },
                    new IdentifyCustomerRequest { {|CIO1001:CreatedAt = Joined|} },
                    new IdentifyCustomerRequest { {|CIO1001:CreatedAt = Through|} },
                    new IdentifyCustomerRequest { {|CIO1001:CreatedAt = Assigned|} },
                };
            }
            """);

        [Fact]
        public Task SecondsAndDisagreeingMembersAreSilent() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            class Clock
            {
                private long stamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                private readonly long either;

                public Clock(bool seconds)
                {
                    either = seconds ? 0 : DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                }

                public Clock() => either = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

                public long Settable { get; set; } = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

                public virtual long Virtual => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

                static long Seconds() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

                static long Either(bool s) => s ? Seconds() : DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

                static long Twice(bool s)
                {
                    if (s)
                    {
                        return Seconds();
                    }

                    return DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                }

                static T Generic<T>(T value) => value;

                static async Task<long> Later() => await Task.FromResult(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

                void Reset() => stamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

                IdentifyCustomerRequest[] Build() => new[]
                {
                    new IdentifyCustomerRequest { CreatedAt = stamp },
                    new IdentifyCustomerRequest { CreatedAt = either },
                    new IdentifyCustomerRequest { CreatedAt = Settable },
                    new IdentifyCustomerRequest { CreatedAt = Virtual },
                    new IdentifyCustomerRequest { CreatedAt = Seconds() },
                    new IdentifyCustomerRequest { CreatedAt = Twice(true) },
                    new IdentifyCustomerRequest { CreatedAt = Generic(DateTimeOffset.UtcNow.ToUnixTimeSeconds()) },
                    new IdentifyCustomerRequest { CreatedAt = Later().Result },
                };
            }

            class Derived : Clock
            {
                public override long Virtual => DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            }
            """);

        [Fact]
        public Task LookAlikeClientIsSilent() => Verify("""
            class Sync
            {
                static long UnixNow() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

                private static readonly long Started = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

                async Task Run(HttpClient http, string id)
                {
                    await http.PutAsJsonAsync($"https://api.example.com/v1/customers/{id}", new { created_at = UnixNow(), opened_at = Started });
                }
            }

            namespace Mine
            {
                class IdentifyCustomerRequest { public long CreatedAt { get; set; } }

                class Use
                {
                    static long UnixNow() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

                    IdentifyCustomerRequest Build() => new IdentifyCustomerRequest { CreatedAt = UnixNow() };
                }
            }
            """);

        [Fact]
        public Task MutualRecursionEnds() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            class Loop
            {
                static long Ping(int n) => n > 0 ? Pong(n - 1) : DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

                static long Pong(int n) => Ping(n);

                static long Self() => Self();

                private long a => b;

                private long b => a;

                IdentifyCustomerRequest[] Build() => new[]
                {
                    new IdentifyCustomerRequest { CreatedAt = Ping(3) },
                    new IdentifyCustomerRequest { CreatedAt = Self() },
                    new IdentifyCustomerRequest { CreatedAt = a },
                };
            }
            """);
    }
}
