using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.ValueFlow
{
    /// <summary>CIO1003 (text formatted from a date) and CIO1004 (a UTC DateTime) made in another member.</summary>
    public class DateShapesTests
    {
        [Fact]
        public Task FormattedDatesFromHelpersAndRecords() => VerifyRule<DateNotUnixSecondsRule>.Analyzer("""
            record Signup(string Id, string JoinedAt);

            class Sync
            {
                static string Iso(DateTime d) => d.ToString("o");

                static string Text(string value) => value;

                private static readonly string Started = DateTime.UtcNow.ToString("u");

                async Task Run(HttpClient http, string id, DateTime signedUp)
                {
                    var signup = new Signup(id, {|CIO1003:signedUp.ToString("o")|});
                    await {|CIO1003:http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new { created_at = Iso(signedUp) })|};
                    await {|CIO1003:http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new { created_at = Started })|};
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new { created_at = signup.JoinedAt });
                    await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}", new { created_at = Text("1700000000") });
                    await http.PutAsJsonAsync($"https://api.example.com/v1/customers/{id}", new { created_at = Iso(signedUp) });
                }
            }
            """);

        [Fact]
        public Task UtcDateTimesFromHelpersRecordsAndImplementations() => VerifyRule<UtcDateTimeRule>.Analyzer("""
            using CustomerIOSharp;

            record Payment(string Id, DateTime PaidAt);

            interface IClock
            {
                DateTime Now { get; }
            }

            class UtcClock : IClock
            {
                public DateTime Now => DateTime.UtcNow;
            }

            interface IMixedClock
            {
                DateTime Now { get; }
            }

            class Utc : IMixedClock
            {
                public DateTime Now => DateTime.UtcNow;
            }

            class Local : IMixedClock
            {
                public DateTime Now => DateTime.Now;
            }

            class Sync
            {
                static DateTime Stamp() => DateTime.UtcNow.AddMinutes(-5);

                static DateTime Pass(DateTime value) => value;

                async Task Run(CustomerIo cio, IClock clock, IMixedClock mixed)
                {
                    var payment = new Payment("p1", {|CIO1004:DateTime.UtcNow|});
                    await {|CIO1004:cio.TrackEventAsync("paid", null, Stamp(), "u1")|};
                    await cio.TrackEventAsync("paid", null, payment.PaidAt, "u1");
                    await cio.TrackEventAsync("paid", null, Pass({|CIO1004:DateTime.UtcNow|}), "u1");
                    await {|CIO1004:cio.TrackEventAsync("paid", null, clock.Now, "u1")|};
                    await cio.TrackEventAsync("paid", null, mixed.Now, "u1");
                    await cio.TrackEventAsync("paid", null, Pass(DateTime.Now), "u1");
                }
            }
            """);

        [Fact]
        public Task TheFixConvertsWhereTheValueIsSent() => VerifyRule<UtcDateTimeRule>.Fix<ConvertToLocalTimeCodeFix>("""
            using CustomerIOSharp;

            class Sync
            {
                static DateTime Stamp() => DateTime.UtcNow;

                Task Run(CustomerIo cio) => {|CIO1004:cio.TrackEventAsync("paid", null, Stamp(), "u1")|};
            }
            """, """
            using CustomerIOSharp;

            class Sync
            {
                static DateTime Stamp() => DateTime.UtcNow;

                Task Run(CustomerIo cio) => cio.TrackEventAsync("paid", null, Stamp().ToLocalTime(), "u1");
            }
            """);

        [Fact]
        public Task LookAlikeClientIsSilent() => VerifyRule<UtcDateTimeRule>.Analyzer("""
            namespace Mine
            {
                record Payment(string Id, DateTime PaidAt);

                class CustomerIo { public Task TrackEventAsync(string name, object? data, DateTime? timestamp, string customerId) => Task.CompletedTask; }

                class Sync
                {
                    static DateTime Stamp() => DateTime.UtcNow;

                    Task Run(CustomerIo cio) => cio.TrackEventAsync("paid", null, new Payment("p1", Stamp()).PaidAt, "u1");
                }
            }
            """);
    }
}
