namespace CioProbe.Tests;

/// <summary>
/// Credentials go to a host that is not Customer.io's only when its URL comes from a source at least as strong as the
/// credentials (or --allow-host names it): a pull request's appsettings.json must not redirect the CI's keys.
/// </summary>
public sealed class CliCredentialDestinationTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cio-probe-destination-").FullName;
    private FakeCustomerIo _server = null!;

    public async Task InitializeAsync() => _server = await FakeCustomerIo.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_url_from_the_file_does_not_receive_keys_from_probe_variables()
    {
        var env = KeysOnly();
        var file = UrlsOnlyFile();

        var run = await CliRun.RunAsync(env, "--config", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(_server.Requests);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains($"CustomerIO:TrackUrl (from --config {file}) points the Track API at a host that is not Customer.io's, but CUSTOMERIO_", run.Stderr);
        Assert.DoesNotContain(_server.BaseUrl.Authority, run.Stderr);
        SecretLeaks.AssertNone(run, env);
    }

    [Fact]
    public async Task A_url_from_the_file_does_not_receive_an_app_key_from_app_style_variables()
    {
        var env = new Dictionary<string, string?>
        {
            ["CUSTOMERIO_TRACK_URL"] = _server.BaseUrl.ToString(),
            ["CustomerIO__SiteId"] = FakeCustomerIo.SiteId,
            ["CustomerIO__ApiKey"] = FakeCustomerIo.TrackKey,
            ["CustomerIO__AppApiKey"] = FakeCustomerIo.AppKey,
        };
        var file = Write($$"""{ "CustomerIO": { "AppUrl": "{{_server.BaseUrl}}" } }""");

        var run = await CliRun.RunAsync(env, "--config", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(_server.Requests);
        Assert.Contains("CustomerIO:AppUrl (from --config", run.Stderr);
        Assert.Contains("CustomerIO:AppApiKey comes from CustomerIO__* variables", run.Stderr);
    }

    [Fact]
    public async Task Allow_host_lets_the_file_name_the_host()
    {
        var run = await CliRun.RunAsync(KeysOnly(), "--config", UrlsOnlyFile(), "--allow-host", _server.BaseUrl.Host);

        Assert.Equal(0, run.ExitCode);
        Assert.NotEmpty(_server.RequestsTo(FakeCustomerIo.RegionPath));
        Assert.NotEmpty(_server.RequestsTo(FakeCustomerIo.TransactionalPath));
    }

    [Fact]
    public async Task A_url_from_a_stronger_source_than_the_keys_is_used()
    {
        var file = Write($$"""{ "CustomerIO": { "SiteId": "{{FakeCustomerIo.SiteId}}", "ApiKey": "{{FakeCustomerIo.TrackKey}}", "AppApiKey": "{{FakeCustomerIo.AppKey}}" } }""");

        var run = await CliRun.RunAsync(new Dictionary<string, string?>(), "--config", file, "--track-url", _server.BaseUrl.ToString(), "--app-url", _server.BaseUrl.ToString());

        Assert.Equal(0, run.ExitCode);
        Assert.NotEmpty(_server.RequestsTo(FakeCustomerIo.RegionPath));
    }

    [Fact]
    public async Task An_api_key_in_the_file_and_a_different_track_key_in_app_variables_conflict_as_in_the_app()
    {
        var file = Write($$"""{ "CustomerIO": { "SiteId": "{{FakeCustomerIo.SiteId}}", "ApiKey": "Oth3rK3yQ8vN2xZ7pL4m", "TrackUrl": "{{_server.BaseUrl}}", "AppUrl": "{{_server.BaseUrl}}" } }""");
        var env = new Dictionary<string, string?> { ["CustomerIO__TrackApiKey"] = FakeCustomerIo.TrackKey };

        var run = await CliRun.RunAsync(env, "--config", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(_server.Requests);
        Assert.Contains($"'CustomerIO:ApiKey' (--config {file}) and 'CustomerIO:TrackApiKey' (CustomerIO__* variables) are both set, to different values", run.Stderr);
        SecretLeaks.AssertNone(run.Stderr, null, FakeCustomerIo.TrackKey, "Oth3rK3yQ8vN2xZ7pL4m");
    }

    private Dictionary<string, string?> KeysOnly() => new()
    {
        ["CUSTOMERIO_SITE_ID"] = FakeCustomerIo.SiteId,
        ["CUSTOMERIO_API_KEY"] = FakeCustomerIo.TrackKey,
        ["CUSTOMERIO_APP_API_KEY"] = FakeCustomerIo.AppKey,
    };

    private string UrlsOnlyFile() => Write($$"""{ "CustomerIO": { "TrackUrl": "{{_server.BaseUrl}}", "AppUrl": "{{_server.BaseUrl}}" } }""");

    private string Write(string content)
    {
        var path = Path.Combine(_folder, $"appsettings.{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        return path;
    }
}
