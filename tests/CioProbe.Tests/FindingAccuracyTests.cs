namespace CioProbe.Tests;

/// <summary>Each failure is named for what it is, with advice that fits it.</summary>
public sealed class FindingAccuracyTests : IAsyncLifetime
{
    private FakeCustomerIo _server = null!;

    public async Task InitializeAsync() => _server = await FakeCustomerIo.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Non_ascii_app_key_is_a_config_failure_and_is_never_sent_or_retried()
    {
        var env = _server.Environment();
        env["CUSTOMERIO_APP_API_KEY"] = "AppKey7Gm2Rz9Wq4Lt8X\u00e9c3Vb6Nh1Pd5Jy";

        var (run, report) = await CliRun.RunJsonAsync(env);

        Assert.Equal("fail", report.Status("config"));
        Assert.Contains("CUSTOMERIO_APP_API_KEY holds non-ASCII characters", report.Message("config"));
        Assert.Equal("fail", report.Status("app-credentials"));
        Assert.Contains("nothing was sent", report.Message("app-credentials"));
        Assert.DoesNotContain("attempts", report.Message("app-credentials"));
        Assert.DoesNotContain("firewall", report.Advice("app-credentials"));
        Assert.Equal("ok", report.Status("track-credentials"));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Non_ascii_track_key_is_never_sent_although_basic_auth_would_encode_it()
    {
        var env = _server.Environment();
        env["CUSTOMERIO_API_KEY"] = "Trk9Hs3NdY8cUq5JxV\u00e9f";

        var (run, report) = await CliRun.RunJsonAsync(env);

        Assert.Equal("fail", report.Status("config"));
        Assert.Contains("CUSTOMERIO_API_KEY holds non-ASCII characters", report.Message("config"));
        Assert.Equal("fail", report.Status("track-credentials"));
        Assert.Contains("nothing was sent", report.Message("track-credentials"));
        Assert.Empty(_server.RequestsTo(FakeCustomerIo.RegionPath));
        Assert.Equal("ok", report.Status("app-credentials"));
        Assert.Single(_server.RequestsTo(FakeCustomerIo.TransactionalPath));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task A_redirect_without_a_location_is_reported_without_inventing_a_target()
    {
        _server.Override(FakeCustomerIo.RegionPath, (context, _) =>
        {
            context.Response.StatusCode = 302;
            return Task.CompletedTask;
        });

        var (_, report) = await CliRun.RunJsonAsync(_server.Environment());

        Assert.Equal("fail", report.Status("track-credentials"));
        Assert.EndsWith("redirected (302) without a usable Location header; not followed, to keep credentials on the configured host", report.Message("track-credentials"));
    }

    [Fact]
    public async Task Valid_bodies_over_the_read_cap_are_named_as_too_long_not_as_invalid()
    {
        var padding = new string(' ', 300 * 1024);
        _server.Override(FakeCustomerIo.RegionPath, (context, _) =>
            FakeCustomerIo.Json(context, 200, "{\"url\":\"https://track.customer.io\"," + padding + "\"region\":\"us\",\"environment_id\":4242}"));
        _server.Override(FakeCustomerIo.TransactionalPath, (context, _) =>
            FakeCustomerIo.Json(context, 200, "{\"messages\":[" + padding + "]}"));

        var (_, report) = await CliRun.RunJsonAsync(_server.Environment());

        Assert.Equal("warn", report.Status("region"));
        Assert.Contains("longer than the 256 KiB the probe reads", report.Message("region"));
        Assert.Equal("warn", report.Status("app-credentials"));
        Assert.Contains("longer than the 256 KiB the probe reads", report.Message("app-credentials"));
    }

    [Theory]
    [InlineData("""{"region":5}""", "a region field that is a number, not a string")]
    [InlineData("""{"region":["us"]}""", "a region field that is an array, not a string")]
    [InlineData("""{"url":"https://track.customer.io"}""", "no region field")]
    public async Task Region_field_of_the_wrong_type_is_named_as_such(string body, string expected)
    {
        _server.Override(FakeCustomerIo.RegionPath, (context, _) => FakeCustomerIo.Json(context, 200, body));

        var (_, report) = await CliRun.RunJsonAsync(_server.Environment());

        Assert.Equal("warn", report.Status("region"));
        Assert.Contains($"({expected})", report.Message("region"));
    }

    [Fact]
    public async Task Https_to_a_plain_http_server_names_the_scheme_mismatch()
    {
        var env = _server.Environment();
        env["CUSTOMERIO_TRACK_URL"] = new UriBuilder(_server.BaseUrl) { Scheme = "https" }.Uri.ToString();

        var (_, report) = await CliRun.RunJsonAsync(env, "--retries", "0");

        Assert.Equal("fail", report.Status("track-credentials"));
        Assert.Contains("TLS handshake", report.Message("track-credentials"));
        Assert.Contains("CUSTOMERIO_TRACK_URL says https but the server there speaks plain http", report.Advice("track-credentials"));
    }

    [Fact]
    public async Task Region_advice_shows_the_server_url_without_user_info_or_query()
    {
        _server.Override(FakeCustomerIo.RegionPath, (context, _) => FakeCustomerIo.Json(context, 200,
            """{"url":"https://someone:hunter22@track-eu.customer.io/?token=abc123","region":"eu","environment_id":7}"""));

        var (_, report) = await CliRun.RunJsonAsync(_server.Environment());

        Assert.Equal("fail", report.Status("region"));
        var advice = report.Advice("region");
        Assert.Contains("call https://track-eu.customer.io for the Track API", advice);
        Assert.DoesNotContain("hunter22", advice);
        Assert.DoesNotContain("abc123", advice);
    }
}
