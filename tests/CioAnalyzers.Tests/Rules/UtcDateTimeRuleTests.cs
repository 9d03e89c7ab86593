using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class UtcDateTimeRuleTests
    {
        /// <summary>The namespaces these tests use beyond an SDK project's implicit usings.</summary>
        private const string Usings = """
            using CustomerIOSharp;

            """;

        private static Task Verify(string code, params string[] alternateLibraries) => VerifyRule<UtcDateTimeRule>.Analyzer(Usings + code, alternateLibraries);

        [Fact]
        public Task UtcTimestampsOfEvents() => Verify("""
            class Sync
            {
                async Task Run(CustomerIo cio, DateTimeOffset paid, DateTime local)
                {
                    await cio.TrackEventAsync("paid", null, {|CIO1004:DateTime.UtcNow|}, "u1");
                    await cio.TrackEventAsync("paid", timestamp: {|CIO1004:paid.UtcDateTime|}, customerId: "u1");
                    await cio.TrackNonCustomerEventAsync("invited", new { plan = "pro" }, {|CIO1004:DateTime.SpecifyKind(local, DateTimeKind.Utc)|});
                    var fiveMinutesAgo = {|CIO1004:DateTime.UtcNow|}.AddMinutes(-5);
                    await cio.TrackEventAsync("viewed", null, fiveMinutesAgo, "u1");
                    await cio.TrackEventAsync("renewed", null, {|CIO1004:local.ToUniversalTime()|}.Date, "u1");
                    await cio.TrackEventAsync("started", null, {|CIO1004:new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)|}, "u1");
                }
            }
            """);

        [Fact]
        public Task TheNewerTrackApi() => Verify("""
            class Sync
            {
                Task Run(TrackApi track) => track.TrackEventAsync("paid", null, {|CIO1004:DateTime.UtcNow|}, "u1");
            }
            """, StandIns.CustomerIoSharpTrackAndAppApi);

        [Fact]
        public Task DatesOfCustomerDetailsAndEventData() => Verify("""
            class Customer : ICustomerDetails
            {
                public string Id { get; set; } = "";
                public string Email { get; set; } = "";
                public DateTime SignedUpAt { get; set; }
                public DateTime? LastSeenAt { get; set; }
            }

            class Sync
            {
                async Task Run(CustomerIo cio, DateTimeOffset? seen, DateTime renewed)
                {
                    var customer = new Customer { Id = "u1", SignedUpAt = {|CIO1004:DateTime.UtcNow|}, LastSeenAt = seen?{|CIO1004:.UtcDateTime|} };
                    customer.SignedUpAt = {|CIO1004:renewed.ToUniversalTime()|};
                    await cio.IdentifyAsync(customer);
                    await cio.TrackEventAsync("renewed", new { renewed_at = {|CIO1004:DateTime.UtcNow|}, plan = "pro" }, null, "u1");
                    await cio.TrackEventAsync("renewed", new Dictionary<string, object> { ["renewed_at"] = {|CIO1004:DateTime.UnixEpoch|} }, null, "u1");
                }
            }
            """);

        [Fact]
        public Task LocalAndUnknownKindsAreSilent() => Verify("""
            class Customer : ICustomerDetails
            {
                public string Id { get; set; } = "";
                public string Email { get; set; } = "";
                public DateTime SignedUpAt { get; set; }
                [Newtonsoft.Json.JsonIgnore] public DateTime ImportedAt { get; set; }
                internal DateTime SyncedAt { get; set; }
            }

            class Profile
            {
                public DateTime SignedUpAt { get; set; }
            }

            class Sync
            {
                async Task Run(HttpClient http, CustomerIo cio, DateTime unknown, DateTimeOffset offset)
                {
                    await cio.TrackEventAsync("paid", null, DateTime.Now, "u1");
                    await cio.TrackEventAsync("paid", null, DateTime.Today.AddDays(-1), "u1");
                    await cio.TrackEventAsync("paid", null, unknown, "u1");
                    await cio.TrackEventAsync("paid", null, offset.DateTime, "u1");
                    await cio.TrackEventAsync("paid", null, offset.LocalDateTime, "u1");
                    await cio.TrackEventAsync("paid", null, DateTime.UtcNow.ToLocalTime(), "u1");
                    var utc = DateTime.UtcNow;
                    utc = utc.ToLocalTime();
                    await cio.TrackEventAsync("paid", null, utc, "u1");
                    await cio.TrackEventAsync("paid", new { renewed_at = DateTime.Now, note = DateTime.UtcNow.ToString("o") }, null, "u1");
                    _ = new Customer { SignedUpAt = DateTime.Now, ImportedAt = DateTime.UtcNow, SyncedAt = DateTime.UtcNow };
                    _ = new Profile { SignedUpAt = DateTime.UtcNow };
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u1", new { renewed_at = DateTime.UtcNow });
                }
            }

            namespace Newtonsoft.Json
            {
                public sealed class JsonIgnoreAttribute : Attribute { }
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<UtcDateTimeRule>.Analyzer(LookAlikes.Sending("DateTime", "DateTime.UtcNow"));

        [Fact]
        public Task UserTypesNamedLikeTheLibraryAreSilent() => VerifyRule<UtcDateTimeRule>.Analyzer("""
            using System;
            using System.Threading.Tasks;

            namespace Acme
            {
                interface ICustomerDetails { string Id { get; } }
                class Customer : ICustomerDetails { public string Id { get; set; } = ""; public DateTime SignedUpAt { get; set; } }
                class CustomerIo { public Task TrackEventAsync(string eventName, object? data = null, DateTime? timestamp = null, string? customerId = null) => Task.CompletedTask; }

                class Sync
                {
                    Task Run(CustomerIo cio)
                    {
                        _ = new Customer { SignedUpAt = DateTime.UtcNow };
                        return cio.TrackEventAsync("paid", new { renewed_at = DateTime.UtcNow }, DateTime.UtcNow, "u1");
                    }
                }
            }
            """);

        [Fact]
        public Task ReportedOnTheUtcValueWithTheCallAndTheValueSent() => ExpectPlacement("""
            class Sync
            {
                async Task Run(CustomerIo cio)
                {
                    var at = {|#0:DateTime.UtcNow|};
                    await {|#1:cio.TrackEventAsync("paid", null, {|#2:at|}, "u1")|};
                }
            }
            """, new DiagnosticResult(UtcDateTimeRule.Rule).WithLocation(0).WithLocation(1).WithLocation(2)
                .WithArguments("DateTime.UtcNow is a UTC DateTime, but the library converts it against a local-time epoch", "CustomerIo.TrackEventAsync(timestamp)"));

        [Fact]
        public Task FixConvertsEachValueSentToLocalTime() => VerifyRule<UtcDateTimeRule>.Fix<ConvertToLocalTimeCodeFix>(Usings + """
            class Customer : ICustomerDetails
            {
                public string Id { get; set; } = "";
                public string Email { get; set; } = "";
                public DateTime SignedUpAt { get; set; }
            }

            class Sync
            {
                async Task Run(CustomerIo cio, DateTimeOffset paid, TimeSpan grace)
                {
                    var at = {|CIO1004:DateTime.UtcNow|};
                    Console.WriteLine(at);
                    await cio.TrackEventAsync("paid", null, at, "u1");
                    await cio.TrackEventAsync("paid", null, {|CIO1004:paid.UtcDateTime|} /* when paid */, "u1");
                    await cio.TrackEventAsync("late", null, {|CIO1004:paid.UtcDateTime|} + grace, "u1");
                    await cio.IdentifyAsync(new Customer { Id = "u1", SignedUpAt = {|CIO1004:DateTime.UtcNow|} });
                }
            }
            """, Usings + """
            class Customer : ICustomerDetails
            {
                public string Id { get; set; } = "";
                public string Email { get; set; } = "";
                public DateTime SignedUpAt { get; set; }
            }

            class Sync
            {
                async Task Run(CustomerIo cio, DateTimeOffset paid, TimeSpan grace)
                {
                    var at = DateTime.UtcNow;
                    Console.WriteLine(at);
                    await cio.TrackEventAsync("paid", null, at.ToLocalTime(), "u1");
                    await cio.TrackEventAsync("paid", null, paid.UtcDateTime.ToLocalTime() /* when paid */, "u1");
                    await cio.TrackEventAsync("late", null, (paid.UtcDateTime + grace).ToLocalTime(), "u1");
                    await cio.IdentifyAsync(new Customer { Id = "u1", SignedUpAt = DateTime.UtcNow.ToLocalTime() });
                }
            }
            """);

        /// <summary>An unnamed anonymous member takes its name from its expression: the rewritten call keeps that name written out.</summary>
        [Fact]
        public Task FixKeepsTheNameOfAnUnnamedAnonymousMember() => VerifyRule<UtcDateTimeRule>.Fix<ConvertToLocalTimeCodeFix>(Usings + """
            class Billing
            {
                Task PaidAsync(CustomerIo cio, DateTime paidAt) =>
                    cio.TrackEventAsync("paid", new { plan = "pro", {|CIO1004:DateTime.UtcNow|}, renewed = {|CIO1004:DateTime.UtcNow|} }, null, "u1");
            }
            """, Usings + """
            class Billing
            {
                Task PaidAsync(CustomerIo cio, DateTime paidAt) =>
                    cio.TrackEventAsync("paid", new { plan = "pro", UtcNow = DateTime.UtcNow.ToLocalTime(), renewed = DateTime.UtcNow.ToLocalTime() }, null, "u1");
            }
            """);

        [Fact]
        public Task NoFixForANullableValue() => VerifyRule<UtcDateTimeRule>.NoFix<ConvertToLocalTimeCodeFix>(Usings + """
            class Sync
            {
                Task Run(CustomerIo cio, DateTimeOffset? paid) => cio.TrackEventAsync("paid", null, paid?{|CIO1004:.UtcDateTime|}, "u1");
            }
            """);

        private static Task ExpectPlacement(string source, DiagnosticResult expected)
            => VerifyRule<UtcDateTimeRule>.Placement(Usings + source, expected);

        [Fact]
        public Task UnixSecondsComputedFromAnEpochOnAnotherClock() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIO.Net.Sdk.TrackApi.Models.Event;

            class Sync
            {
                static readonly DateTime Epoch = new DateTime(1970, 1, 1).ToUniversalTime();

                async Task Run(HttpClient http, CustomerIOTrackApiClient track, DateTime paid, DateTimeOffset renewed)
                {
                    var epoch = {|CIO1004:new DateTime(1970, 1, 1).ToUniversalTime()|};
                    await http.PostAsJsonAsync("https://track.customer.io/api/v1/events", new { name = "visited", timestamp = (long)(DateTime.UtcNow - epoch).TotalSeconds });
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u1", new { created_at = Convert.ToInt64(({|CIO1004:DateTime.Now|} - new DateTime(1970, 1, 1)).TotalSeconds) });
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u2", new { created_at = (long)Math.Floor((paid.ToUniversalTime() - {|CIO1004:new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).ToLocalTime()|}).TotalSeconds) });
                    await track.TrackEventAsync("u1", new TrackEventRequest { Name = "paid", Timestamp = (long)(DateTime.UtcNow - {|CIO1004:new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Local).ToUniversalTime()|}).TotalSeconds });
                    await track.TrackEventAsync("u1", new TrackEventRequest { Name = "renewed", Timestamp = (long)(renewed - new DateTimeOffset({|CIO1004:new DateTime(1970, 1, 1)|})).TotalSeconds });
                    var seconds = (long)DateTime.UtcNow.Subtract({|CIO1004:new DateTime(1970, 1, 1).ToUniversalTime()|}).TotalSeconds;
                    await track.TrackEventAsync("u1", new TrackEventRequest { Name = "viewed", Timestamp = seconds });
                }

                // An epoch made in another member is reported where it is sent, the field's initialiser being the origin.
                Task Later(HttpClient http) => {|CIO1004:http.PostAsJsonAsync("https://track.customer.io/api/v1/events", new { name = "later", timestamp = (long)(DateTime.UtcNow - Epoch).TotalSeconds })|};
            }
            """);

        [Fact]
        public Task UnixSecondsOnOneClockAreSilent() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIO.Net.Sdk.TrackApi.Models.Event;

            class Sync
            {
                static readonly DateTime Epoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

                async Task Run(HttpClient http, CustomerIOTrackApiClient track, DateTime paid, DateTimeOffset renewed)
                {
                    var epoch = new DateTime(1970, 1, 1);
                    await http.PostAsJsonAsync("https://track.customer.io/api/v1/events", new { name = "visited", timestamp = (long)(DateTime.UtcNow - epoch).TotalSeconds });
                    await http.PostAsJsonAsync("https://track.customer.io/api/v1/events", new { name = "visited", timestamp = (long)(DateTime.UtcNow - Epoch).TotalSeconds });
                    await http.PostAsJsonAsync("https://track.customer.io/api/v1/events", new { name = "visited", timestamp = (long)(DateTime.UtcNow - DateTime.UnixEpoch).TotalSeconds });
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u1", new { created_at = (long)(paid.ToUniversalTime() - new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalSeconds });
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u2", new { created_at = (long)(DateTime.Now - new DateTime(1970, 1, 1).ToLocalTime()).TotalSeconds });
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u3", new { created_at = DateTimeOffset.FromUnixTimeSeconds(1700000000).ToUnixTimeSeconds() });
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u4", new { created_at = (long)(paid - new DateTime(1970, 1, 1).ToLocalTime()).TotalSeconds });
                    await track.TrackEventAsync("u1", new TrackEventRequest { Name = "renewed", Timestamp = (long)(renewed - DateTimeOffset.UnixEpoch).TotalSeconds });
                    await track.TrackEventAsync("u1", new TrackEventRequest { Name = "renewed", Timestamp = (long)(renewed - new DateTimeOffset(new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc))).TotalSeconds });
                    await track.TrackEventAsync("u1", new TrackEventRequest { Name = "renewed", Timestamp = renewed.ToUnixTimeSeconds() });
                }
            }
            """);

        [Fact]
        public Task TheSameArithmeticNotSentToCustomerIoIsSilent() => Verify("""
            class Report
            {
                public long Seconds { get; set; }
            }

            class Sync
            {
                async Task Run(HttpClient http)
                {
                    var epoch = new DateTime(1970, 1, 1).ToUniversalTime();
                    var report = new Report { Seconds = (long)(DateTime.UtcNow - epoch).TotalSeconds };
                    await http.PostAsJsonAsync("https://api.example.com/api/v1/events", new { name = "visited", timestamp = (long)(DateTime.Now - new DateTime(1970, 1, 1)).TotalSeconds });
                    Console.WriteLine((long)(DateTime.UtcNow - new DateTime(1970, 1, 1).ToUniversalTime()).TotalSeconds);
                }
            }
            """);

        [Fact]
        public Task FixWritesTheEpochInUtcWithFixAll() => VerifyRule<UtcDateTimeRule>.Fix<ConvertToLocalTimeCodeFix>(Usings + """
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIO.Net.Sdk.TrackApi.Models.Event;

            class Sync
            {
                async Task Run(HttpClient http, CustomerIOTrackApiClient track, DateTime paid, DateTimeOffset renewed)
                {
                    await http.PostAsJsonAsync("https://track.customer.io/api/v1/events", new { name = "visited", timestamp = (long)(DateTime.UtcNow - {|CIO1004:new DateTime(1970, 1, 1).ToUniversalTime()|}).TotalSeconds });
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u2", new { created_at = (long)(paid.ToUniversalTime() - {|CIO1004:new DateTime(1970, 1, 1).ToLocalTime()|}).TotalSeconds });
                    await track.TrackEventAsync("u1", new TrackEventRequest { Name = "renewed", Timestamp = (long)(renewed - new DateTimeOffset({|CIO1004:new DateTime(1970, 1, 1)|})).TotalSeconds });
                }
            }
            """, Usings + """
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIO.Net.Sdk.TrackApi.Models.Event;

            class Sync
            {
                async Task Run(HttpClient http, CustomerIOTrackApiClient track, DateTime paid, DateTimeOffset renewed)
                {
                    await http.PostAsJsonAsync("https://track.customer.io/api/v1/events", new { name = "visited", timestamp = (long)(DateTime.UtcNow - DateTime.UnixEpoch).TotalSeconds });
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u2", new { created_at = (long)(paid.ToUniversalTime() - DateTime.UnixEpoch).TotalSeconds });
                    await track.TrackEventAsync("u1", new TrackEventRequest { Name = "renewed", Timestamp = (long)(renewed - new DateTimeOffset(new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc))).TotalSeconds });
                }
            }
            """);

        [Fact]
        public Task NoFixWhereTheDateIsLocalOrOfUnknownKind() => VerifyRule<UtcDateTimeRule>.NoFix<ConvertToLocalTimeCodeFix>(Usings + """
            class Sync
            {
                async Task Run(HttpClient http, DateTime paid)
                {
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u1", new { created_at = (long)({|CIO1004:DateTime.Now|} - new DateTime(1970, 1, 1)).TotalSeconds });
                    await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u2", new { created_at = (long)(paid - {|CIO1004:new DateTime(1970, 1, 1).ToUniversalTime()|}).TotalSeconds });
                }
            }
            """);

        [Fact]
        public Task AnEpochOnAnotherClockIsReportedOnTheEpoch() => VerifyRule<UtcDateTimeRule>.Placement(
            Usings + """
                class Sync
                {
                    async Task Run(HttpClient http)
                    {
                        var epoch = {|#0:new DateTime(1970, 1, 1).ToUniversalTime()|};
                        await {|#1:http.PostAsJsonAsync("https://track.customer.io/api/v1/events", new { name = "visited", timestamp = (long)(DateTime.UtcNow - epoch).TotalSeconds })|};
                    }
                }
                """,
            new DiagnosticResult(UtcDateTimeRule.Rule).WithLocation(0).WithLocation(1).WithLocation(0)
                .WithArguments("new DateTime(1970, 1, 1).ToUniversalTime() is midnight in the server's time zone converted to UTC, not the Unix epoch", "JSON \"timestamp\""));
    }
}
