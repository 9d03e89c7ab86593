using System.CommandLine;

namespace CioProbe.Tool;

/// <summary>The command line: one root command whose options override the CUSTOMERIO_* variables.</summary>
internal sealed class ProbeCommand
{
    public Option<string?> SiteId { get; } = new("--site-id") { Description = "Workspace site id [env CUSTOMERIO_SITE_ID]" };
    public Option<string?> ApiKey { get; } = new("--api-key") { Description = "Track API key [env CUSTOMERIO_API_KEY]; prefer the variable: options show in process lists" };
    public Option<string?> AppApiKey { get; } = new("--app-api-key") { Description = "App API key, optional [env CUSTOMERIO_APP_API_KEY]" };
    public Option<string?> Region { get; } = new("--region") { Description = "us or eu [env CUSTOMERIO_REGION, default us]" };
    public Option<string?> TrackUrl { get; } = new("--track-url") { Description = "Track API base URL [env CUSTOMERIO_TRACK_URL, default the region's host]" };
    public Option<string?> AppUrl { get; } = new("--app-url") { Description = "App API base URL [env CUSTOMERIO_APP_URL, default the region's host]" };
    public Option<double> Timeout { get; } = new("--timeout") { Description = "Seconds allowed per request", DefaultValueFactory = _ => 10 };
    public Option<double> Deadline { get; } = new("--deadline") { Description = "Seconds allowed for the whole run, retries included", DefaultValueFactory = _ => 30 };
    public Option<int> Retries { get; } = new("--retries") { Description = "Retries after 429, 5xx or a network error", DefaultValueFactory = _ => 3 };
    public Option<double> RetryDelay { get; } = new("--retry-delay") { Description = "Seconds before the first retry; grows exponentially with jitter", DefaultValueFactory = _ => 1 };
    public Option<string?> Customer { get; } = new("--customer") { Description = "Check that this customer exists (id, email or cio_ id; needs the App API key)" };
    public Option<string[]> MessageIds { get; } = new("--message-id") { Description = "Transactional message id or trigger name to verify (repeatable; needs the App API key)", AllowMultipleArgumentsPerToken = false };
    public Option<string?> SendTestEvent { get; } = new("--send-test-event") { Description = "WRITES DATA: identify this customer and track one cio_probe_test event" };
    public Option<bool> Json { get; } = new("--json") { Description = "Print one JSON object instead of the table" };
    public Option<bool> Strict { get; } = new("--strict") { Description = "Warnings fail the run (exit 1)" };

    public RootCommand Build()
    {
        var root = new RootCommand("cio-probe: checks live Customer.io credentials, region and connectivity, and says what to fix.");
        foreach (var option in new Option[] { SiteId, ApiKey, AppApiKey, Region, TrackUrl, AppUrl, Timeout, Deadline, Retries, RetryDelay, Customer, MessageIds, SendTestEvent, Json, Strict })
        {
            root.Options.Add(option);
        }

        return root;
    }
}
