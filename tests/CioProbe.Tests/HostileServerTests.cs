using System.Text.Json;

namespace CioProbe.Tests
{
    /// <summary>Servers that echo credentials, send escape sequences or misbehave in time: what a security review would try.</summary>
    public sealed class HostileServerTests : IAsyncLifetime
    {
        private FakeCustomerIo server = null!;

        public async Task InitializeAsync() => server = await FakeCustomerIo.StartAsync();

        public async Task DisposeAsync() => await server.DisposeAsync();

        [Fact]
        public async Task ErrorBodiesEchoingTheCredentialsInAnyFormPrintNoSecret()
        {
            // Each body echoes the header once, as a gateway might, and the credential in one more form; the bodies are short enough not to be cut.
            static string[] Echoes(string authorization)
            {
                var parameter = authorization[(authorization.IndexOf(' ', StringComparison.Ordinal) + 1)..];
                return
                [
                    $"bad auth {authorization}",
                    $"token {parameter.TrimEnd('=')}",
                    $"lower {authorization.ToLowerInvariant()}",
                    $"upper {authorization.ToUpperInvariant()}",
                    $"encoded {Uri.EscapeDataString(parameter)}",
                    $"site {FakeCustomerIo.SiteId.ToLowerInvariant()} key {FakeCustomerIo.TrackKey.ToUpperInvariant()}",
                    $"query key={Uri.EscapeDataString(FakeCustomerIo.TrackKey)}&app={FakeCustomerIo.AppKey.ToLowerInvariant()}",
                ];
            }

            foreach (var (path, status) in new[] { (FakeCustomerIo.RegionPath, 500), (FakeCustomerIo.TransactionalPath, 400) })
            {
                var echo = 0;
                server.Override(path, (context, _) =>
                {
                    var all = Echoes(context.Request.Headers.Authorization.ToString());
                    var body = JsonSerializer.Serialize(new { meta = new { error = all[Interlocked.Increment(ref echo) % all.Length] } });
                    return FakeCustomerIo.Json(context, status, body);
                });
            }

            var env = server.Environment();
            for (var run = 0; run < 7; run++)
            {
                var json = await CliRun.RunAsync(env, "--json", "--retries", "0");
                var table = await CliRun.RunAsync(env, "--retries", "0");

                Assert.Equal(1, json.ExitCode);
                Assert.Contains("answered 500: ", table.Stdout);
                SecretLeaks.AssertNone(json, env);
                SecretLeaks.AssertNone(table, env);
            }
        }

        [Fact]
        public async Task EscapeSequencesInEchoedTextDoNotReachTheTable()
        {
            const string hostile = "\u001b[2J\u001b]0;owned\u0007\u009b31m\u202eevil\u2066 \r\nFAKE ok";
            server.Override(FakeCustomerIo.RegionPath, (context, _) =>
                FakeCustomerIo.Json(context, 500, JsonSerializer.Serialize(new { meta = new { error = hostile } })));
            var env = server.Environment();

            var table = await CliRun.RunAsync(env, "--retries", "0", "--customer", "bob\u001b[31m\u0008x");
            var (json, _) = await CliRun.RunJsonAsync(env, "--retries", "0", "--customer", "bob\u001b[31m\u0008x");

            Assert.Contains("answered 500", table.Stdout);
            Assert.Contains("No customer with id 'bob", table.Stdout);
            AssertPrintable(table.Stdout);
            AssertPrintable(table.Stderr);
            AssertPrintable(json.Stdout);
        }

        /// <summary>Only printable characters and line breaks between the table's rows.</summary>
        private static void AssertPrintable(string output)
        {
            var bad = output.Where(c => c != '\n' && (char.IsControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator)).ToList();
            Assert.True(bad.Count == 0, $"non-printing characters: {string.Join(" ", bad.Select(c => $"U+{(int)c:X4}"))}");
        }

        [Theory]
        [InlineData("--send-test-event", "..", "cannot be '..'")]
        [InlineData("--send-test-event", ".", "cannot be '.'")]
        [InlineData("--send-test-event", "", "needs a value")]
        [InlineData("--customer", "..", "cannot be '..'")]
        [InlineData("--customer", "cio_..", "cannot be 'cio_..'")]
        [InlineData("--customer", " . ", "cannot be '.'")]
        [InlineData("--customer", "", "needs a value")]
        public async Task IdentifierThatIsNotOnePathSegmentIsAUsageErrorAndNothingIsSent(string option, string value, string expected)
        {
            var run = await CliRun.RunAsync(server.Environment(), option, value);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"{option} {expected}", run.Stderr);
            Assert.Equal(string.Empty, run.Stdout);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task LibraryRefusesDotSegmentIdentifiersWithoutWritingOrLookingUp()
        {
            var options = CustomerIoProbeOptions.FromEnvironment(name => server.Environment().GetValueOrDefault(name));
            options.TestEventCustomer = "..";
            options.Customer = "cio_.";

            var report = await LibraryRun.RunAsync(options);

            Assert.Equal(CheckStatus.Ok, report[CheckIds.TrackCredentials].Status);
            Assert.Equal(CheckStatus.Fail, report[CheckIds.TestEvent].Status);
            Assert.Contains("path navigation", report[CheckIds.TestEvent].Message);
            Assert.Equal(CheckStatus.Fail, report[CheckIds.Customer].Status);
            Assert.Contains("path navigation", report[CheckIds.Customer].Message);
            Assert.All(server.Requests, r => Assert.Equal("GET", r.Method));
            Assert.DoesNotContain(server.Requests, r => r.Target.StartsWith("/v1/customers", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("/api/v1/customers/..")]
        [InlineData("/api/v1/customers/./events")]
        [InlineData("/v1/customers/../attributes?id_type=id")]
        public void ABuiltPathThatWouldBeResolvedElsewhereIsRefused(string path)
        {
            var config = new Checks.ResolvedConfiguration("s", "t", null, "us", new Uri("https://proxy.internal/cio/"), new Uri("https://proxy.internal/cio/"));

            Assert.Throws<ArgumentException>(() => config.TrackUri(path));
        }
    }
}
