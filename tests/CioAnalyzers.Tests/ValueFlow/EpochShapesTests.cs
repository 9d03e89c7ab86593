using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.ValueFlow
{
    /// <summary>CIO1004's Unix seconds on two clocks (EpochMismatches, UnixEpochs) when the seconds, the epoch or the date is made in another member.</summary>
    public class EpochShapesTests
    {
        private const string Track = "https://track.customer.io/api/v1/customers/u1";

        private static Task Verify(string code) => VerifyRule<UtcDateTimeRule>.Analyzer(code.Replace("TRACK", Track));

        [Fact]
        public Task HelpersPropertiesAndFields() => Verify("""
            class Sync
            {
                private readonly DateTime epoch;

                public Sync() => epoch = new DateTime(1970, 1, 1).ToUniversalTime();

                static long UnixNow() => (long)(DateTime.Now - new DateTime(1970, 1, 1)).TotalSeconds;

                static long UnixFrom(DateTime d) => (long)(d - new DateTime(1970, 1, 1).ToLocalTime()).TotalSeconds;

                static DateTime Epoch => new DateTime(1970, 1, 1).ToUniversalTime();

                static DateTime LocalEpoch { get; } = new DateTime(1970, 1, 1).ToLocalTime();

                static DateTime Local() => DateTime.Now;

                async Task Run(HttpClient http)
                {
                    await {|CIO1004:http.PutAsJsonAsync("TRACK", new { created_at = UnixNow() })|};
                    await {|CIO1004:http.PutAsJsonAsync("TRACK", new { created_at = UnixFrom(DateTime.UtcNow) })|};
                    await {|CIO1004:http.PutAsJsonAsync("TRACK", new { created_at = (long)(DateTime.UtcNow - Epoch).TotalSeconds })|};
                    await {|CIO1004:http.PutAsJsonAsync("TRACK", new { created_at = (long)(DateTime.UtcNow - LocalEpoch).TotalSeconds })|};
                    await {|CIO1004:http.PutAsJsonAsync("TRACK", new { created_at = (long)(DateTime.UtcNow - epoch).TotalSeconds })|};
                    await {|CIO1004:http.PutAsJsonAsync("TRACK", new { created_at = (long)(Local() - DateTime.UnixEpoch).TotalSeconds })|};
                }

                async Task Correct(HttpClient http)
                {
                    await http.PutAsJsonAsync("TRACK", new { created_at = UnixFrom(DateTime.Now) });
                    await http.PutAsJsonAsync("TRACK", new { created_at = (long)(Local() - LocalEpoch).TotalSeconds });
                }
            }
            """);

        [Fact]
        public Task RecordsAndPrimaryConstructorCaptures() => Verify("""
            record Signup(string Id, long JoinedAt, DateTime Epoch);

            class Sender(DateTime epoch)
            {
                public Task Send(HttpClient http) => {|CIO1004:http.PutAsJsonAsync("TRACK", new { created_at = (long)(DateTime.UtcNow - epoch).TotalSeconds })|};
            }

            class Sync
            {
                async Task Run(HttpClient http, string id)
                {
                    var signup = new Signup(id, (long)({|CIO1004:DateTime.Now|} - new DateTime(1970, 1, 1)).TotalSeconds, DateTime.UnixEpoch);
                    var moved = new Signup(id, 0, {|CIO1004:new DateTime(1970, 1, 1).ToUniversalTime()|});
                    await http.PutAsJsonAsync("TRACK", new { created_at = signup.JoinedAt });
                    await http.PutAsJsonAsync("TRACK", new { created_at = (long)(DateTime.UtcNow - moved.Epoch).TotalSeconds });
                    await http.PutAsJsonAsync("TRACK", new { created_at = (long)(DateTime.UtcNow - signup.Epoch).TotalSeconds });
                    await new Sender(new DateTime(1970, 1, 1).ToUniversalTime()).Send(http);
                }
            }
            """);

        [Fact]
        public Task DisagreeingValuesAreSilent() => Verify("""
            interface IEpoch
            {
                DateTime Value { get; }
            }

            class Converted : IEpoch
            {
                public DateTime Value => new DateTime(1970, 1, 1).ToUniversalTime();
            }

            class Written : IEpoch
            {
                public DateTime Value => DateTime.UnixEpoch;
            }

            class Sync
            {
                private DateTime epoch = new DateTime(1970, 1, 1).ToUniversalTime();

                void Reset() => epoch = DateTime.UnixEpoch;

                static long Either(bool local)
                {
                    if (local)
                    {
                        return (long)(DateTime.Now - DateTime.UnixEpoch).TotalSeconds;
                    }

                    return (long)(DateTime.UtcNow - DateTime.UnixEpoch).TotalSeconds;
                }

                async Task Run(HttpClient http, IEpoch source, bool local)
                {
                    await http.PutAsJsonAsync("TRACK", new { created_at = (long)(DateTime.UtcNow - source.Value).TotalSeconds });
                    await http.PutAsJsonAsync("TRACK", new { created_at = (long)(DateTime.UtcNow - epoch).TotalSeconds });
                    await http.PutAsJsonAsync("TRACK", new { created_at = Either(local) });
                }
            }
            """);

        [Fact]
        public Task RecursiveMembersEndSilently() => Verify("""
            class Sync
            {
                static long Ping(int n) => n > 0 ? Pong(n - 1) : Ping(n);

                static long Pong(int n) => Ping(n);

                static DateTime First => Second;

                static DateTime Second => First;

                async Task Run(HttpClient http)
                {
                    await http.PutAsJsonAsync("TRACK", new { created_at = Ping(3) });
                    await http.PutAsJsonAsync("TRACK", new { created_at = (long)(DateTime.UtcNow - First).TotalSeconds });
                }
            }
            """);

        [Fact]
        public Task TheSameMembersTowardsAnotherHostAreSilent() => Verify("""
            class Sender(DateTime epoch)
            {
                public Task Send(HttpClient http) => http.PutAsJsonAsync("https://api.example.com/v1/customers/u1", new { created_at = (long)(DateTime.UtcNow - epoch).TotalSeconds });
            }

            class Sync
            {
                static long UnixNow() => (long)(DateTime.Now - new DateTime(1970, 1, 1)).TotalSeconds;

                static DateTime Epoch => new DateTime(1970, 1, 1).ToUniversalTime();

                async Task Run(HttpClient http)
                {
                    await http.PutAsJsonAsync("https://api.example.com/v1/customers/u1", new { created_at = UnixNow() });
                    await http.PutAsJsonAsync("https://api.example.com/v1/customers/u1", new { created_at = (long)(DateTime.UtcNow - Epoch).TotalSeconds });
                    await new Sender(new DateTime(1970, 1, 1).ToUniversalTime()).Send(http);
                }
            }
            """);

        [Fact]
        public Task TheFixReplacesTheEpochWhereTheSubtractionIsWritten() => VerifyRule<UtcDateTimeRule>.Fix<ConvertToLocalTimeCodeFix>("""
            class Sync
            {
                static DateTime Epoch => new DateTime(1970, 1, 1).ToUniversalTime();

                Task Run(HttpClient http) => {|CIO1004:http.PutAsJsonAsync("TRACK", new { created_at = (long)(DateTime.UtcNow - Epoch).TotalSeconds })|};
            }
            """.Replace("TRACK", Track), """
            class Sync
            {
                static DateTime Epoch => new DateTime(1970, 1, 1).ToUniversalTime();

                Task Run(HttpClient http) => http.PutAsJsonAsync("TRACK", new { created_at = (long)(DateTime.UtcNow - DateTime.UnixEpoch).TotalSeconds });
            }
            """.Replace("TRACK", Track));

        [Fact]
        public Task NoFixInsideAHelper() => VerifyRule<UtcDateTimeRule>.NoFix<ConvertToLocalTimeCodeFix>("""
            class Sync
            {
                static long UnixNow() => (long)(DateTime.UtcNow - new DateTime(1970, 1, 1).ToUniversalTime()).TotalSeconds;

                Task Run(HttpClient http) => {|CIO1004:http.PutAsJsonAsync("TRACK", new { created_at = UnixNow() })|};
            }
            """.Replace("TRACK", Track));

        [Fact]
        public Task NoFixRewritesAnEpochWrittenInAField() => VerifyRule<UtcDateTimeRule>.NoFix<ConvertToLocalTimeCodeFix>("""
            class Sync
            {
                static readonly DateTime Start = new DateTime(1970, 1, 1);

                Task Run(HttpClient http, DateTimeOffset renewed) => {|CIO1004:http.PutAsJsonAsync("TRACK", new { created_at = (long)(renewed - new DateTimeOffset(Start)).TotalSeconds })|};
            }
            """.Replace("TRACK", Track));

        /// <summary>The epoch is the helper's; the fix replaces its use in the subtraction, where nothing else reads it.</summary>
        [Fact]
        public Task TheMessageNamesTheMemberAndTheOriginIsAnAdditionalLocation() => VerifyRule<UtcDateTimeRule>.Placement(
            """
            class Sync
            {
                static DateTime Epoch => {|#1:new DateTime(1970, 1, 1).ToUniversalTime()|};

                Task Run(HttpClient http) => {|#0:http.PutAsJsonAsync("TRACK", new { created_at = (long)(DateTime.UtcNow - {|#2:Epoch|}).TotalSeconds })|};
            }
            """.Replace("TRACK", Track),
            new DiagnosticResult(UtcDateTimeRule.Rule).WithLocation(0).WithLocation(0).WithLocation(2).WithLocation(1)
                .WithArguments("Epoch (set from new DateTime(1970, 1, 1).ToUniversalTime()) is midnight in the server's time zone converted to UTC, not the Unix epoch", "JSON \"created_at\""));
    }
}
