using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CioProbe.Tests
{
    /// <summary>
    /// A Kestrel server on 127.0.0.1 that answers like the Track and App APIs, with the documented bodies.
    /// Scenarios replace the answer of one path, per attempt.
    /// </summary>
    public sealed class FakeCustomerIo : IAsyncDisposable
    {
        public const string SiteId = "SiteQ7vX2mZk9PwR4tLb";
        public const string TrackKey = "Trk9Hs3NdY8cUq5JxVf2";
        public const string AppKey = "AppKey7Gm2Rz9Wq4Lt8Xc3Vb6Nh1Pd5Jy";

        public const string RegionPath = "/api/v1/accounts/region";
        public const string TransactionalPath = "/v1/transactional";

        private readonly WebApplication app;
        private readonly ConcurrentDictionary<string, Func<HttpContext, int, Task>> overrides = new();
        private readonly ConcurrentDictionary<string, int> attempts = new();

        private FakeCustomerIo(WebApplication app) => this.app = app;

        public Uri BaseUrl { get; private set; } = null!;

        /// <summary>The region the emulated workspace lives in.</summary>
        public string WorkspaceRegion { get; set; } = "us";

        /// <summary>Customers the App API knows, by id, email or cio_id.</summary>
        public HashSet<string> Customers { get; } = new(StringComparer.Ordinal) { "user-1", "jane@example.com", "03000001" };

        /// <summary>Every request: method, raw target (as sent, still percent-encoded), time, body.</summary>
        public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

        public static async Task<FakeCustomerIo> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            var fake = new FakeCustomerIo(app);
            app.Run(fake.HandleAsync);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            fake.BaseUrl = new Uri(address);
            return fake;
        }

        /// <summary>Answers <paramref name="path"/> with <paramref name="handler"/>, given the 1-based attempt number.</summary>
        public void Override(string path, Func<HttpContext, int, Task> handler) => overrides[path] = handler;

        public IReadOnlyList<RecordedRequest> RequestsTo(string path) =>
            Requests.Where(r => r.Target.Split('?')[0] == path).ToList();

        /// <summary>The environment a correctly configured app would have, pointed at this server.</summary>
        public Dictionary<string, string?> Environment() => new()
        {
            ["CUSTOMERIO_SITE_ID"] = SiteId,
            ["CUSTOMERIO_API_KEY"] = TrackKey,
            ["CUSTOMERIO_APP_API_KEY"] = AppKey,
            ["CUSTOMERIO_REGION"] = "us",
            ["CUSTOMERIO_TRACK_URL"] = BaseUrl.ToString(),
            ["CUSTOMERIO_APP_URL"] = BaseUrl.ToString(),
        };

        public ValueTask DisposeAsync() => this.app.DisposeAsync();

        private async Task HandleAsync(HttpContext context)
        {
            var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            Requests.Enqueue(new RecordedRequest(context.Request.Method, target, DateTimeOffset.UtcNow, body));

            var path = context.Request.Path.Value ?? string.Empty;
            var attempt = attempts.AddOrUpdate(path, 1, (_, n) => n + 1);
            if (overrides.TryGetValue(path, out var handler))
            {
                await handler(context, attempt);
                return;
            }

            await DefaultAsync(context);
        }

        /// <summary>The documented answer for a correctly configured workspace.</summary>
        public async Task DefaultAsync(HttpContext context)
        {
            var path = context.Request.Path.Value ?? string.Empty;
            var authorization = context.Request.Headers.Authorization.ToString();
            var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{SiteId}:{TrackKey}"));
            var bearer = "Bearer " + AppKey;

            if (path == RegionPath && context.Request.Method == "GET")
            {
                if (authorization != basic)
                {
                    await Json(context, 401, """{"meta":{"error":"Unauthorized"}}""");
                    return;
                }

                var url = WorkspaceRegion == "eu" ? "https://track-eu.customer.io" : "https://track.customer.io";
                await Json(context, 200, $$"""{"url":"{{url}}","region":"{{WorkspaceRegion}}","environment_id":4242}""");
                return;
            }

            if (path.StartsWith("/api/v1/customers/", StringComparison.Ordinal))
            {
                await Json(context, authorization == basic ? 200 : 401, authorization == basic ? "{}" : """{"meta":{"error":"Unauthorized"}}""");
                return;
            }

            if (path.StartsWith("/v1/", StringComparison.Ordinal) && authorization != bearer)
            {
                await Json(context, 401, """{"errors":[{"detail":"Unauthorized request","status":"401"}]}""");
                return;
            }

            if (path == TransactionalPath)
            {
                await Json(context, 200, """{"messages":[{"id":1,"name":"welcome","description":"","created_at":1700000000},{"id":2,"name":"password_reset","description":"","created_at":1700000001}]}""");
                return;
            }

            if (path.StartsWith("/v1/customers/", StringComparison.Ordinal) && path.EndsWith("/attributes", StringComparison.Ordinal))
            {
                var id = path["/v1/customers/".Length..^"/attributes".Length];
                await (Customers.Contains(id)
                    ? Json(context, 200, "{\"customer\":{\"id\":\"" + id + "\",\"attributes\":{\"plan\":\"pro\"},\"timestamps\":{},\"unsubscribed\":false}}")
                    : Json(context, 404, """{"errors":[{"detail":"Customer not found","status":"404"}]}"""));
                return;
            }

            await Json(context, 404, """{"errors":[{"detail":"not found","status":"404"}]}""");
        }

        public static Task Json(HttpContext context, int status, string body)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(body);
        }
    }

    public sealed record RecordedRequest(string Method, string Target, DateTimeOffset At, string Body);
}
