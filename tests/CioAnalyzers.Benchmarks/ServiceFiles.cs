using System;
using System.Collections.Generic;

namespace CioAnalyzers.Benchmarks
{
    /// <summary>The mistake a service-shaped file carries across a member boundary, or none.</summary>
    internal enum ServiceMistake
    {
        None,
        MillisecondsFromHelper,
        EmptyRecordDefault,
        UnescapedPathHelper,
        ResponseReturnedUnread,
        UnguardedConfiguredKey,
    }

    /// <summary>
    /// A service the way applications talk to a CRM: a settings class reading configuration, a record carrying the id and
    /// a timestamp, a clock helper, a typed client (HttpClient or RestSharp) that sends, a service calling the client and
    /// a controller-like caller, in one file or split over two (model, then the rest). The values the rules judge are made
    /// in one member and sent from another, so the analyzers must follow them; towards another host the same code is a
    /// look-alike, which they follow as far before finding it is not Customer.io's.
    /// </summary>
    internal static class ServiceFiles
    {
        private static readonly string[] Areas = { "Crm", "Lifecycle", "Engagement", "Audience", "Retention", "Outreach", "Messaging", "Growth" };
        private static readonly string[] Entities = { "Customer", "Member", "Account", "Subscriber", "Shopper", "Tenant", "Learner" };
        private static readonly string[] Events = { "order_paid", "plan_changed", "trial_started", "invoice_sent", "cart_abandoned", "course_completed" };

        /// <summary>
        /// The files of one service. <paramref name="host"/> and <paramref name="section"/> are where it sends and which
        /// configuration section it reads; the file names share the part before their first dot, which keeps a split
        /// service in one project of the real build.
        /// </summary>
        public static IReadOnlyList<(string Name, string Source)> Generate(Random random, int index, string host, string section, ServiceMistake mistake)
        {
            var area = Areas[random.Next(Areas.Length)];
            var shape = new Shape(
                Prefix: $"{area}{index}",
                Entity: Entities[random.Next(Entities.Length)],
                Namespace: $"Acme.{area}{index}",
                Host: host,
                Section: section,
                Event: Events[random.Next(Events.Length)],
                RestSharp: random.Next(3) == 0,
                Blocking: random.Next(3) == 0,
                Mistake: mistake);
            var model = Model(shape);
            var sending = Client(shape) + Service(shape) + Controller(shape);
            var name = $"Service{index:D4}";
            return random.Next(2) == 0
                ? new[] { ($"{name}.cs", Usings(shape) + model + sending) }
                : new[] { ($"{name}.Model.cs", Usings(shape) + model), ($"{name}.Client.cs", Usings(shape) + sending) };
        }

        private sealed record Shape(string Prefix, string Entity, string Namespace, string Host, string Section, string Event, bool RestSharp, bool Blocking, ServiceMistake Mistake)
        {
            public string Response => RestSharp ? "RestResponse" : "HttpResponseMessage";

            public string Succeeded => RestSharp ? "IsSuccessful" : "IsSuccessStatusCode";
        }

        private static string Usings(Shape s) => $$"""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Net.Http.Json;
            using System.Text;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Configuration;
            {{(s.RestSharp ? "using RestSharp;\nusing RestSharp.Authenticators;\n" : string.Empty)}}
            namespace {{s.Namespace}};


            """;

        private static string Model(Shape s)
        {
            var key = s.Mistake == ServiceMistake.UnguardedConfiguredKey
                ? $"configuration[\"{s.Section}:TrackApiKey\"]!"
                : $"configuration[\"{s.Section}:TrackApiKey\"] ?? throw new InvalidOperationException(\"{s.Section}:TrackApiKey is not set\")";
            var id = s.Mistake == ServiceMistake.EmptyRecordDefault ? "string Id = \"\"" : "string Id";
            var stamp = s.Mistake == ServiceMistake.MillisecondsFromHelper ? "ToUnixTimeMilliseconds" : "ToUnixTimeSeconds";
            return $$"""
                internal sealed class {{s.Prefix}}Settings(IConfiguration configuration)
                {
                    public string SiteId => configuration["{{s.Section}}:SiteId"] ?? throw new InvalidOperationException("{{s.Section}}:SiteId is not set");

                    public string ApiKey => {{key}};

                    public TimeSpan Timeout => TimeSpan.FromSeconds(int.TryParse(configuration["{{s.Section}}:TimeoutSeconds"], out var seconds) ? seconds : 30);
                }

                internal sealed record {{s.Entity}}Profile(string Email, long CreatedAt, {{id}});

                internal sealed record {{s.Entity}}Activity(string Name, long Timestamp, decimal Total);

                internal static class {{s.Prefix}}Clock
                {
                    public static long UnixNow() => DateTimeOffset.UtcNow.{{stamp}}();
                }


                """;
        }

        private static string PersonPath(Shape s) => s.Mistake == ServiceMistake.UnescapedPathHelper
            ? "private static string PersonPath(string id) => $\"customers/{id}\";"
            : "private static string PersonPath(string id) => $\"customers/{Uri.EscapeDataString(id)}\";";

        private static string Client(Shape s) => s.RestSharp
            ? $$"""
                internal sealed class {{s.Prefix}}Client({{s.Prefix}}Settings settings)
                {
                    private const string BaseUrl = "https://{{s.Host}}/api/v1/";

                    private readonly RestClient rest = new RestClient(new RestClientOptions(BaseUrl)
                    {
                        Authenticator = new HttpBasicAuthenticator(settings.SiteId, settings.ApiKey),
                        Timeout = settings.Timeout,
                    });

                    {{PersonPath(s)}}

                    public Task<RestResponse> IdentifyAsync(string id, string email, long createdAt)
                    {
                        var request = new RestRequest(PersonPath(id), Method.Put).AddJsonBody(new { id, email, created_at = createdAt });
                        return rest.ExecuteAsync(request);
                    }

                    public async Task<RestResponse> TrackAsync(string id, string name, long timestamp, decimal total)
                    {
                        var request = new RestRequest(PersonPath(id) + "/events", Method.Post).AddJsonBody(new { name, timestamp, data = new { total } });
                        var response = await rest.ExecuteAsync(request).ConfigureAwait(false);
                        return response;
                    }
                }


                """
            : $$"""
                internal sealed class {{s.Prefix}}Client(HttpClient http, {{s.Prefix}}Settings settings)
                {
                    private const string BaseUrl = "https://{{s.Host}}/api/v1/";

                    {{PersonPath(s)}}

                    private AuthenticationHeaderValue Basic()
                        => new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.SiteId}:{settings.ApiKey}")));

                    public async Task<HttpResponseMessage> IdentifyAsync(string id, string email, long createdAt)
                    {
                        // On the client, not the request: CIO3002 does not yet follow a response up the layers when
                        // the request's own headers are set before it is sent, and the dropped-response mistake must report.
                        http.DefaultRequestHeaders.Authorization ??= Basic();
                        using var request = new HttpRequestMessage(HttpMethod.Put, BaseUrl + PersonPath(id))
                        {
                            Content = JsonContent.Create(new { id, email, created_at = createdAt }),
                        };
                        return await http.SendAsync(request).ConfigureAwait(false);
                    }

                    public Task<HttpResponseMessage> TrackAsync(string id, string name, long timestamp, decimal total)
                    {
                        http.DefaultRequestHeaders.Authorization ??= Basic();
                        return http.PostAsJsonAsync(BaseUrl + PersonPath(id) + "/events", new { name, timestamp, data = new { total } });
                    }
                }


                """;

        private static string Service(Shape s)
        {
            var profile = s.Mistake == ServiceMistake.EmptyRecordDefault
                ? $"new {s.Entity}Profile(email, {s.Prefix}Clock.UnixNow())"
                : $"new {s.Entity}Profile(email, {s.Prefix}Clock.UnixNow(), userId)";
            return $$"""
                internal sealed class {{s.Prefix}}Service({{s.Prefix}}Client client)
                {
                    public Task<{{s.Response}}> SignedUpAsync(string userId, string email)
                    {
                        var profile = {{profile}};
                        return client.IdentifyAsync(profile.Id, profile.Email, profile.CreatedAt);
                    }

                    public async Task<bool> ActivityAsync(string userId, {{s.Entity}}Activity activity)
                    {
                        var response = await client.TrackAsync(userId, activity.Name, activity.Timestamp, activity.Total).ConfigureAwait(false);
                        return response.{{s.Succeeded}};
                    }

                    public Task<bool> {{Pascal(s.Event)}}Async(string userId, decimal total)
                        => ActivityAsync(userId, new {{s.Entity}}Activity("{{s.Event}}", {{s.Prefix}}Clock.UnixNow(), total));
                }


                """;
        }

        private static string Controller(Shape s)
        {
            // The caller that drops the response the client returned through the service, or the one that reads it.
            var signUp = (s.Mistake == ServiceMistake.ResponseReturnedUnread, s.Blocking) switch
            {
                (true, true) => $"""
                            service.SignedUpAsync(userId, email).Wait();
                            return 202;
                    """,
                (true, false) => $"""
                            await service.SignedUpAsync(userId, email).ConfigureAwait(false);
                            return 202;
                    """,
                (false, true) => $"""
                            var response = service.SignedUpAsync(userId, email).Result;
                            return response.{s.Succeeded} ? 201 : 502;
                    """,
                _ => $"""
                            var response = await service.SignedUpAsync(userId, email).ConfigureAwait(false);
                            return response.{s.Succeeded} ? 201 : 502;
                    """,
            };
            var async = s.Blocking ? string.Empty : "async ";
            var result = s.Blocking ? "int" : "Task<int>";
            return $$"""
                internal sealed class {{s.Prefix}}Controller({{s.Prefix}}Service service)
                {
                    public {{async}}{{result}} SignUp(string userId, string email)
                    {
                {{signUp}}
                    }

                    public async Task<int> {{Pascal(s.Event)}}(string userId, decimal total)
                        => await service.{{Pascal(s.Event)}}Async(userId, total).ConfigureAwait(false) ? 200 : 502;
                }

                """;
        }

        private static string Pascal(string snake)
        {
            var parts = snake.Split('_');
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = char.ToUpperInvariant(parts[i][0]) + parts[i].Substring(1);
            }

            return string.Concat(parts);
        }
    }
}
