using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace CioProbe.Tests;

/// <summary>Servers that echo credentials, send escape sequences or misbehave in time: what a security review would try.</summary>
public sealed class HostileServerTests : IAsyncLifetime
{
    private FakeCustomerIo _server = null!;

    public async Task InitializeAsync() => _server = await FakeCustomerIo.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Error_bodies_echoing_the_credentials_in_any_form_print_no_secret()
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
            _server.Override(path, (context, _) =>
            {
                var all = Echoes(context.Request.Headers.Authorization.ToString());
                var body = JsonSerializer.Serialize(new { meta = new { error = all[Interlocked.Increment(ref echo) % all.Length] } });
                return FakeCustomerIo.Json(context, status, body);
            });
        }

        var env = _server.Environment();
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
}
