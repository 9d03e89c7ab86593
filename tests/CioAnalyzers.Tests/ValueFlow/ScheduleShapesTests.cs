using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.ValueFlow
{
    /// <summary>CIO1011's "send_at" too far ahead (FutureInstant) when the instant is computed in another member.</summary>
    public class ScheduleShapesTests
    {
        private const string Push = "https://api.customer.io/v1/send/push";

        private static Task Verify(string code) => VerifyRule<TransactionalShapeRule>.Analyzer(code.Replace("PUSH", Push));

        [Fact]
        public Task HelpersGettersParametersAndRecordsBuiltInSight() => Verify("""
            record Reminder(string Id, long At);

            class Scheduler
            {
                static long InFourMonths() => DateTimeOffset.UtcNow.AddMonths(4).ToUnixTimeSeconds();

                static DateTimeOffset Later => DateTimeOffset.UtcNow.AddDays(100);

                static long Ahead
                {
                    get { return DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 120 * 86400; }
                }

                static long Unix(DateTimeOffset at) => at.ToUnixTimeSeconds();

                async Task Run(HttpClient http, string userId)
                {
                    Func<long> soon = () => {|CIO1011:DateTimeOffset.UtcNow.AddYears(1).ToUnixTimeSeconds()|};
                    var reminder = new Reminder(userId, {|CIO1011:DateTimeOffset.UtcNow.AddDays(95).ToUnixTimeSeconds()|});
                    await {|CIO1011:http.PostAsJsonAsync("PUSH", new { transactional_message_id = 5, identifiers = new { id = userId }, send_at = InFourMonths() })|};
                    await http.PostAsJsonAsync("PUSH", new { transactional_message_id = 5, identifiers = new { id = userId }, send_at = {|CIO1011:Later.ToUnixTimeSeconds()|} });
                    await {|CIO1011:http.PostAsJsonAsync("PUSH", new { transactional_message_id = 5, identifiers = new { id = userId }, send_at = Ahead })|};
                    await http.PostAsJsonAsync("PUSH", new { transactional_message_id = 5, identifiers = new { id = userId }, send_at = Unix({|CIO1011:DateTimeOffset.UtcNow.AddDays(91)|}) });
                    await http.PostAsJsonAsync("PUSH", new { transactional_message_id = 5, identifiers = new { id = userId }, send_at = {|CIO1011:InFourMonths() + 60|} });
                    await http.PostAsJsonAsync("PUSH", new { transactional_message_id = 5, identifiers = new { id = userId }, send_at = soon() });
                    await http.PostAsJsonAsync("PUSH", new { transactional_message_id = 5, identifiers = new { id = userId }, send_at = reminder.At });
                    await http.PostAsJsonAsync("PUSH", new { transactional_message_id = 5, identifiers = new { id = userId }, send_at = Unix(DateTimeOffset.UtcNow.AddDays(30)) });
                }
            }
            """);

        /// <summary>A field, an auto-property or a constructor's argument keeps an instant computed earlier: nearer when it is sent.</summary>
        [Fact]
        public Task InstantsKeptInFieldsPropertiesAndCapturesAreSilent() => Verify("""
            class Reminder(long at)
            {
                public Task Send(HttpClient http, string userId) => http.PostAsJsonAsync("PUSH", new { transactional_message_id = 5, identifiers = new { id = userId }, send_at = at });
            }

            class Scheduler
            {
                private readonly long at;

                public Scheduler() => at = DateTimeOffset.UtcNow.AddDays(120).ToUnixTimeSeconds();

                static long Initialised { get; } = DateTimeOffset.UtcNow.AddDays(120).ToUnixTimeSeconds();

                async Task Run(HttpClient http, string userId)
                {
                    await http.PostAsJsonAsync("PUSH", new { transactional_message_id = 5, identifiers = new { id = userId }, send_at = at });
                    await http.PostAsJsonAsync("PUSH", new { transactional_message_id = 5, identifiers = new { id = userId }, send_at = Initialised });
                    await new Reminder(DateTimeOffset.UtcNow.AddDays(120).ToUnixTimeSeconds()).Send(http, userId);
                }
            }
            """);

        [Fact]
        public Task AMemberAnswersWithItsNearestValue() => Verify("""
            interface IDelay
            {
                long SendAt();
            }

            class Long : IDelay
            {
                public long SendAt() => DateTimeOffset.UtcNow.AddDays(120).ToUnixTimeSeconds();
            }

            class Short : IDelay
            {
                public long SendAt() => DateTimeOffset.UtcNow.AddDays(30).ToUnixTimeSeconds();
            }

            class Scheduler
            {
                static long Either(bool urgent)
                {
                    if (urgent)
                    {
                        return DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeSeconds();
                    }

                    return DateTimeOffset.UtcNow.AddDays(200).ToUnixTimeSeconds();
                }

                static long Unknown(long at) => at > 0 ? at : DateTimeOffset.UtcNow.AddDays(200).ToUnixTimeSeconds();

                async Task Run(HttpClient http, string userId, IDelay delay, bool urgent, long at)
                {
                    await http.PostAsJsonAsync("PUSH", new { transactional_message_id = 5, identifiers = new { id = userId }, send_at = delay.SendAt() });
                    await http.PostAsJsonAsync("PUSH", new { transactional_message_id = 5, identifiers = new { id = userId }, send_at = Either(urgent) });
                    await http.PostAsJsonAsync("PUSH", new { transactional_message_id = 5, identifiers = new { id = userId }, send_at = Unknown(at) });
                }
            }
            """);

        [Fact]
        public Task RecursiveMembersEndSilently() => Verify("""
            class Scheduler
            {
                static long Ping() => Pong() + 86400;

                static long Pong() => Ping() + 86400;

                static DateTimeOffset First => Second.AddDays(100);

                static DateTimeOffset Second => First.AddDays(100);

                async Task Run(HttpClient http, string userId)
                {
                    await http.PostAsJsonAsync("PUSH", new { transactional_message_id = 5, identifiers = new { id = userId }, send_at = Ping() });
                    await http.PostAsJsonAsync("PUSH", new { transactional_message_id = 5, identifiers = new { id = userId }, send_at = First.ToUnixTimeSeconds() });
                }
            }
            """);

        [Fact]
        public Task TheSameMembersTowardsAnotherHostAreSilent() => Verify("""
            class Scheduler
            {
                static long InFourMonths() => DateTimeOffset.UtcNow.AddMonths(4).ToUnixTimeSeconds();

                static DateTimeOffset Later => DateTimeOffset.UtcNow.AddDays(100);

                async Task Run(HttpClient http, string userId)
                {
                    await http.PostAsJsonAsync("https://api.example.com/v1/send/push", new { transactional_message_id = 5, identifiers = new { id = userId }, send_at = InFourMonths() });
                    await http.PostAsJsonAsync("https://api.example.com/v1/send/push", new { transactional_message_id = 5, identifiers = new { id = userId }, send_at = Later.ToUnixTimeSeconds() });
                }
            }
            """);
    }
}
