namespace CioProbe.Tests
{
    /// <summary>Range checks run inside the parser: their errors come together with the parser's own, in one format.</summary>
    public sealed class CliUsageErrorTests
    {
        private static readonly Dictionary<string, string?> Environment = new()
        {
            ["CUSTOMERIO_SITE_ID"] = "SiteQ7vX2mZk9PwR4tLb",
            ["CUSTOMERIO_API_KEY"] = "Trk9Hs3NdY8cUq5JxVf2",
            ["CUSTOMERIO_TRACK_URL"] = "http://127.0.0.1:9",
        };

        [Fact]
        public async Task EveryBadValueIsReportedAtOnceBeforeAnythingRuns()
        {
            var run = await CliRun.RunAsync(Environment, "--timeout", "0", "--retries", "11", "--deadline", "soon", "--retry-delay", "61", "--customer", "..");

            Assert.Equal(2, run.ExitCode);
            Assert.Equal(string.Empty, run.Stdout);
            var lines = run.Stderr.Split(System.Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(
                new[]
                {
                    "--timeout must be a number of seconds from 0.01 to 3600.",
                    "Cannot parse argument 'soon' for option '--deadline' as expected type 'System.Double'.",
                    "--retries must be from 0 to 10.",
                    "--retry-delay must be a number of seconds from 0 to 60.",
                    "--customer cannot be '..': '.' and '..' are path navigation, not identifiers: the request would reach another endpoint.",
                    "Run cio-probe --help for the options.",
                }.Order(StringComparer.Ordinal),
                lines.Order(StringComparer.Ordinal));
            Assert.Equal("Run cio-probe --help for the options.", lines[^1]);
        }

        [Theory]
        [InlineData("--timeout", "NaN")]
        [InlineData("--deadline", "Infinity")]
        [InlineData("--retry-delay", "-0.5")]
        public async Task ValuesOutsideEveryRangeAreRefused(string option, string value)
        {
            var run = await CliRun.RunAsync(Environment, option, value);

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith($"{option} must be ", run.Stderr);
        }

        [Fact]
        public async Task ARangeErrorAndAnUnknownOptionReadAlike()
        {
            var range = await CliRun.RunAsync(Environment, "--retries", "-1");
            var unknown = await CliRun.RunAsync(Environment, "--retry", "1");

            Assert.Equal(range.ExitCode, unknown.ExitCode);
            Assert.Equal(2, range.ExitCode);
            Assert.Equal(["--retries must be from 0 to 10.", "Run cio-probe --help for the options."], range.Stderr.Split(System.Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
            Assert.EndsWith("Run cio-probe --help for the options." + System.Environment.NewLine, unknown.Stderr);
        }
    }
}
