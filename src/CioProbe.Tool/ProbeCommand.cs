using System.CommandLine;
using CioProbe.Checks.Config;
using CioProbe.Configuration;

namespace CioProbe.Tool
{
    /// <summary>The command line: one root command whose options override every other source of settings.</summary>
    internal sealed class ProbeCommand
    {
        public Option<string?> Config { get; } = new("--config") { Description = $"appsettings.json-style file to read the '{ProbeConfigurationKeys.DefaultSection}' section from (lowest precedence)" };

        /// <summary>One option per setting of <see cref="ProbeSettingTable"/>, named and described there.</summary>
        public IReadOnlyList<(ProbeSetting Setting, Option<string?> Option)> Settings { get; } =
            ProbeSettingTable.All.Select(s => (s, new Option<string?>(s.Option) { Description = s.Help })).ToList();

        // The library's ranges (ProbeLimitRanges), so a value accepted here is accepted there.
        public Option<double> Timeout { get; } = new Option<double>("--timeout") { Description = "Seconds allowed per request (0.01 to 3600)", DefaultValueFactory = _ => 10 }
            .Within(ProbeLimitRanges.RequestTimeout.ContainsSeconds, "a number of seconds from 0.01 to 3600");

        public Option<double> Deadline { get; } = new Option<double>("--deadline") { Description = "Seconds allowed for the whole run, retries included (up to 86400)", DefaultValueFactory = _ => 30 }
            .Within(ProbeLimitRanges.Deadline.ContainsSeconds, "a number of seconds greater than 0 and at most 86400");

        public Option<int> Retries { get; } = new Option<int>("--retries") { Description = "Retries after 429, 5xx or a network error (0 to 10)", DefaultValueFactory = _ => 3 }
            .Within(ProbeLimitRanges.MaxRetries.Contains, "from 0 to 10");

        public Option<double> RetryDelay { get; } = new Option<double>("--retry-delay") { Description = "Seconds before the first retry (0 to 60); grows exponentially with jitter", DefaultValueFactory = _ => 1 }
            .Within(ProbeLimitRanges.RetryBaseDelay.ContainsSeconds, "a number of seconds from 0 to 60");

        public Option<string?> Customer { get; } = new Option<string?>("--customer") { Description = "Check that this customer exists (id, email or cio_ id; needs the App API key)" }
            .PathIdentifier("a customer id, email or cio_ id", CustomerIdentifier.PathProblem);

        public Option<string[]> MessageIds { get; } = new("--message-id") { Description = "Transactional message id or trigger name to verify (repeatable; needs the App API key)", AllowMultipleArgumentsPerToken = false };

        public Option<string?> SendTestEvent { get; } = new Option<string?>("--send-test-event") { Description = "WRITES DATA: identify this customer and track one cio_probe_test event" }
            .PathIdentifier("the id of a test customer", Http.PathSegment.Problem);

        public Option<string[]> AllowHosts { get; } = new("--allow-host") { Description = "Host that may receive the credentials although its URL comes from a weaker source than they do (repeatable)", AllowMultipleArgumentsPerToken = false };

        public Option<bool> Json { get; } = new("--json") { Description = "Print one JSON object instead of the table" };
        public Option<bool> Strict { get; } = new("--strict") { Description = "Warnings fail the run (exit 1)" };

        /// <summary>Options whose values are identifiers meant to be shown, never credentials (a --config path is judged by its shape).</summary>
        public IReadOnlyList<Option> ShownValues => [Customer, SendTestEvent, MessageIds, AllowHosts];

        public RootCommand Build()
        {
            var root = new RootCommand("cio-probe: checks live Customer.io credentials, region and connectivity, and says what to fix.");
            foreach (var option in new Option[] { Config }.Concat(Settings.Select(s => s.Option)).Concat([AllowHosts, Timeout, Deadline, Retries, RetryDelay, Customer, MessageIds, SendTestEvent, Json, Strict]))
            {
                root.Options.Add(option);
            }

            return root;
        }
    }
}
