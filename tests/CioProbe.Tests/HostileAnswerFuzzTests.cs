using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace CioProbe.Tests
{
    /// <summary>
    /// Seeded random hostile answers (statuses, bodies, headers, delays) on every path the probe calls. Whatever comes back:
    /// an exit code of 0, 1 or 2, done within --deadline plus a second, no credential in any output, and JSON that parses.
    /// </summary>
    [Collection(WallClockCollection.Name)]
    public sealed class HostileAnswerFuzzTests : IAsyncLifetime
    {
        private const int Seed = 20261201;
        private const int Cases = 16;

        private static readonly int[] Statuses = [200, 201, 204, 301, 302, 307, 400, 401, 403, 404, 408, 418, 429, 500, 502, 503, 504, 599];

        private static readonly string[] RetryAfters = ["0", "1", "-5", "soon", "99999999999", "Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 01 Jan 2100 00:00:00 GMT"];

        private static readonly string[] Locations = ["https://api-eu.customer.io/v1/transactional", "https://track-eu.customer.io/api/v1/accounts/region", "/elsewhere", "//evil.example/x", "http://[::1"];

        private FakeCustomerIo server = null!;

        public async Task InitializeAsync() => server = await FakeCustomerIo.StartAsync();

        public async Task DisposeAsync() => await server.DisposeAsync();

        [Fact]
        public async Task HostileAnswersNeverBreakTheExitCodesTheDeadlineTheSecretsOrTheJson()
        {
            var random = new Random(Seed);
            for (var i = 0; i < Cases; i++)
            {
                var caseSeed = random.Next();
                foreach (var path in new[] { FakeCustomerIo.RegionPath, FakeCustomerIo.TransactionalPath, "/v1/customers/user-1/attributes", "/api/v1/customers/probe-user", "/api/v1/customers/probe-user/events" })
                {
                    server.Override(path, (context, attempt) => AnswerAsync(context, new Random(HashCode.Combine(caseSeed, path, attempt))));
                }

                var deadline = 1 + (random.Next(0, 11) / 10.0);
                string[] args =
                [
                    "--json", "--timeout", (0.3 + (random.Next(0, 8) / 10.0)).ToString(CultureInfo.InvariantCulture),
                    "--deadline", deadline.ToString(CultureInfo.InvariantCulture), "--retries", random.Next(0, 3).ToString(CultureInfo.InvariantCulture),
                    "--customer", "user-1", "--send-test-event", "probe-user", "--message-id", "welcome",
                ];
                var env = server.Environment();

                var run = await CliRun.RunAsync(env, args);

                var what = $"case {i} ({string.Join(' ', args)}): exit {run.ExitCode}, {run.Elapsed.TotalSeconds:0.00} s\n{run.Stdout}{run.Stderr}";
                Assert.True(run.ExitCode is 0 or 1 or 2, what);
                Assert.True(run.Elapsed < TimeSpan.FromSeconds(deadline + 1), what);
                SecretLeaks.AssertNone(run, env);
                SecretLeaks.AssertNone(Joined(run.Stdout), env["CUSTOMERIO_SITE_ID"], env["CUSTOMERIO_API_KEY"], env["CUSTOMERIO_APP_API_KEY"]);
                using var json = JsonDocument.Parse(run.Stdout);
                Assert.Equal(6, json.RootElement.GetProperty("checks").GetArrayLength());
            }
        }

        // The output as a reader could join it: pieces of a key separated by "; ", spaces or '?' put back together.
        private static string Joined(string output) =>
            string.Concat(output.Where(c => !char.IsWhiteSpace(c) && c is not ';' and not '?'));

        private static async Task AnswerAsync(HttpContext context, Random random)
        {
            try
            {
                await Task.Delay(random.Next(0, 4) * 150, context.RequestAborted);
                context.Response.StatusCode = Statuses[random.Next(Statuses.Length)];
                if (random.Next(3) == 0)
                {
                    context.Response.Headers.RetryAfter = RetryAfters[random.Next(RetryAfters.Length)];
                }

                if (random.Next(4) == 0)
                {
                    context.Response.Headers.Location = Locations[random.Next(Locations.Length)];
                }

                context.Response.ContentType = random.Next(4) == 0 ? "text/html; charset=bogus" : "application/json";
                var body = Body(random, context.Request.Headers.Authorization.ToString());
                var split = random.Next(0, body.Length + 1);
                await context.Response.Body.WriteAsync(body.AsMemory(0, split), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(random.Next(0, 4) * 150, context.RequestAborted);
                await context.Response.Body.WriteAsync(body.AsMemory(split), context.RequestAborted);
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException)
            {
                // The probe gave up on this answer, or Kestrel refused a header value: both are part of the game.
            }
        }

        // Zero-width space, soft hyphen, word joiner, BOM, and a control character: each splits a key without showing.
        private static readonly string[] Invisible = ["\u200B", "\u00AD", "\u2060", "\uFEFF", "\u0001"];

        // The value in pieces shorter than the 8 characters a piece needs to be recognised on its own.
        private static IEnumerable<string> Pieces(string value, int length)
        {
            for (var i = 0; i < value.Length; i += length)
            {
                yield return value.Substring(i, Math.Min(length, value.Length - i));
            }
        }

        private static byte[] Body(Random random, string authorization)
        {
            var echo = JsonSerializer.Serialize($"denied {authorization} {authorization.ToLowerInvariant()} {FakeCustomerIo.AppKey.ToUpperInvariant()}");
            var text = random.Next(12) switch
            {
                0 => string.Empty,
                1 => """{"url":"https://track.customer.io","region":"us","environment_id":4242,"messages":[{"id":1,"name":"welcome"}]}""",
                2 => "{\"meta\":{\"error\":" + echo + "}}",
                3 => "{\"errors\":[{\"detail\":" + echo + "},{\"detail\":\"\\u001b[2J\\u202e\\ud800 boom\"}]}",
                4 => """{"region":5,"messages":"no","meta":{"errors":[1,null,"x"]}}""",
                5 => new string('[', 5000),
                6 => "{\"pad\":\"" + new string('x', 300 * 1024) + "\"}",
                7 => "<html>proxy login " + authorization + "</html>",
                8 => """{"region":"EU","url":"https://track-eu.customer.io/?k=1"}""",
                9 => "{\"meta\":{\"error\":" + JsonSerializer.Serialize(string.Join(Invisible[random.Next(Invisible.Length)], authorization.ToCharArray())) + "}}",
                10 => "{\"errors\":[" + string.Join(",", Pieces(authorization, random.Next(2, 8)).Select(p => "{\"detail\":" + JsonSerializer.Serialize(p) + "}")) + "]}",
                _ => null,
            };
            if (text is not null)
            {
                return Encoding.UTF8.GetBytes(text);
            }

            var bytes = new byte[random.Next(1, 2048)];
            random.NextBytes(bytes);
            return bytes;
        }
    }
}
