// The user's own wrappers in every shape the inferred-wrapper summaries meet: chains of layers, interfaces with several
// implementations, overrides, recursion, generic, partial, extension, async and iterator methods, around Customer.io calls.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using CustomerIOSharp;

namespace Acme.Wrappers;

public interface ITracker
{
    Task TrackAsync(string userId, string name, object? data, long timestamp);
}

public sealed class SdkTracker(CustomerIo client) : ITracker
{
    public Task TrackAsync(string userId, string name, object? data, long timestamp)
        => client.TrackEventAsync(name, data, customerId: userId ?? throw new ArgumentNullException(nameof(userId)));
}

public sealed class HttpTracker(HttpClient http) : ITracker
{
    public Task TrackAsync(string userId, string name, object? data, long timestamp)
    {
        var id = userId;
        return http.PostAsJsonAsync($"https://track.customer.io/api/v1/customers/{id}/events", new { name, data, timestamp });
    }
}

public abstract class Profiles
{
    public abstract Task IdentifyAsync(string userId, Dictionary<string, object> attributes);

    public virtual Task ForgetAsync(string userId) => Task.CompletedTask;
}

public sealed class HttpProfiles(HttpClient http) : Profiles
{
    public override Task IdentifyAsync(string userId, Dictionary<string, object> attributes)
        => http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/" + Uri.EscapeDataString(userId), attributes);

    public override Task ForgetAsync(string userId) => http.DeleteAsync($"https://track.customer.io/api/v1/customers/{userId}");
}

public static partial class Layers
{
    public static Task Placed(this ITracker tracker, string customer, long at) => Service(tracker, customer, at);

    private static Task Service(ITracker tracker, string customer, long at) => Ping(tracker, customer, at, 3);

    private static Task Ping(ITracker tracker, string customer, long at, int n) => n > 0 ? Pong(tracker, customer, at, n - 1) : tracker.TrackAsync(customer, "placed", null, at);

    private static Task Pong(ITracker tracker, string customer, long at, int n) => Ping(tracker, customer, at, n);

    public static Task Generic<T>(ITracker tracker, string customer, T data) => tracker.TrackAsync(customer, "generic", data, 0);

    public static partial Task Partial(ITracker tracker, string customer);

    public static partial Task Partial(ITracker tracker, string customer) => tracker.TrackAsync(customer.Trim(), "partial", null, 0);

    public static async IAsyncEnumerable<int> Stream(ITracker tracker, string customer)
    {
        await tracker.TrackAsync(customer, "streamed", null, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        yield return 1;
    }

    public static async Task Callers(ITracker tracker, Profiles profiles)
    {
        await tracker.Placed("", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        await Generic(tracker, " ", new Dictionary<string, object> { ["unsubscribed"] = "yes" });
        await Partial(tracker, "");
        await profiles.IdentifyAsync("", new Dictionary<string, object> { ["unsubscribed"] = "yes", ["created_at"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
        await profiles.ForgetAsync("");
        await foreach (var _ in Stream(tracker, "")) { }
    }
}
