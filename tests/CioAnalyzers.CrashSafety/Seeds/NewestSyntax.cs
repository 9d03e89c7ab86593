// Newest C# syntax around Customer.io calls: what the analyzers meet in code written today.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using CustomerIO.Net.Sdk.TrackApi;
using CustomerIO.Net.Sdk.TrackApi.Models.Event;
using CustomerIOSharp;
using Microsoft.Extensions.Configuration;

namespace Acme.Newest;

[AttributeUsage(AttributeTargets.All)]
file sealed class TaggedAttribute<T> : Attribute;

[Tagged<CustomerIo>]
public sealed class PrimarySync(HttpClient http, IConfiguration configuration, CustomerIOTrackApiClient track)
{
    private const string Host = "https://track.customer.io";

    private readonly CustomerIo client = new(configuration["CustomerIO:SiteId"], configuration["CustomerIO:ApiKey"]);

    public string Region
    {
        get => field ??= "us";
        set => field = value.Trim();
    }

    public Task RawAsync(string userId) =>
        http.PutAsJsonAsync(
            $$"""{{Host}}/api/v1/customers/{{Uri.EscapeDataString(userId)}}""",
            new { created_at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), tags = (string[])["a", "b"] });

    public Task RawLiteralAsync() =>
        http.DeleteAsync("""
            https://api.customer.io/v1/customers//attributes
            """.Trim());

    public Task EventsAsync(string userId)
    {
        List<long> stamps = [DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), 1461866400000, .. Array.Empty<long>()];
        var request = new TrackEventRequest { Name = "paid", Timestamp = stamps[0] };
        request?.Timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        return track.TrackEventAsync(userId, request!);
    }

    public Task EmptyAsync() => client.TrackEventAsync("checkout", new { total = 42 }, null, "");

    public Task InterpolatedAsync(string id) =>
        http.PostAsJsonAsync($"""https://track.customer.io/api/v1/customers/{string.Empty}/events""", new Dictionary<string, object> { ["timestamp"] = 1461866400000 });
}

public static class CustomerIoExtensions
{
    extension(CustomerIOTrackApiClient track)
    {
        public Task PaidAsync(string userId) =>
            track.TrackEventAsync(userId, new TrackEventRequest { Name = "paid", Timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });

        public bool Ready => track is not null;
    }

    extension(HttpClient http)
    {
        public Task ForgetAsync(string id) => http.DeleteAsync($"https://track.customer.io/api/v1/customers/{id}");
    }
}

public record struct Person(string Id, long CreatedAt)
{
    public Task SendAsync(HttpClient http) =>
        http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{Id}", new { created_at = CreatedAt, email = (string?)null });
}
