// Values made in one member and sent to Customer.io from another: what the value-flow layer follows, and the shapes
// it must stop at without throwing (recursion, generics, partial and abstract members, iterators, missing bodies).
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using CustomerIO.Net.Sdk.TrackApi.Models.Customer;
using CustomerIOSharp;
using Microsoft.Extensions.Configuration;

namespace Acme.Shapes;

public record Order(string Id, long PlacedAt = 1700000000000, string Email = "");

internal record Node(Node? Next, DateTime At);

internal interface IClock
{
    long Now();

    DateTime Today { get; }
}

internal sealed class MillisecondClock : IClock
{
    public long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    DateTime IClock.Today => DateTime.UtcNow.Date;
}

internal abstract class Source
{
    public abstract long Stamp();

    public virtual string Key(IConfiguration configuration) => configuration["CustomerIO:ApiKey"]!;
}

internal class Browser : Source
{
    public override long Stamp() => Stamp();

    public sealed override string Key(IConfiguration configuration) => base.Key(configuration);
}

internal partial class Paths(string tenant)
{
    public static string PersonPath(string id) => $"customers/{id}";

    public static string Person(string id) => "https://track.customer.io/api/v1/" + PersonPath(id);

    public static T Same<T>(T value) => value;

    public static long Down(long value, int n) => n > 0 ? Down(value, n - 1) : value;

    public static IEnumerable<string> Ids()
    {
        yield return "";
    }

    public static async IAsyncEnumerable<long> Stamps()
    {
        await Task.Yield();
        yield return DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    }

    public partial string Tenant();

    public string Scoped(string id) => $"{tenant}/{PersonPath(id)}";
}

internal partial class Paths
{
    public partial string Tenant() => tenant;
}

internal static class Extensions
{
    public static string AsPath(this string id) => Paths.PersonPath(id);

    public static long Millis(this DateTimeOffset at) => at.ToUnixTimeMilliseconds();
}

internal sealed class Sender(HttpClient http, IClock clock, Source source, string? apiKey)
{
    private readonly CustomerIo client = new("site", apiKey);

    public async Task SendAsync(string userId, Order order, Node node)
    {
        var placed = new Order(userId, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Func<long> now = () => DateTimeOffset.UtcNow.Millis();
        Func<string, string> path = id => Paths.PersonPath(id);
        await http.PutAsJsonAsync(Paths.Person(userId), new { created_at = placed.PlacedAt, seen_at = now(), at = clock.Now() });
        await http.PutAsJsonAsync("https://track.customer.io/api/v1/" + path(userId), new { created_at = Paths.Down(order.PlacedAt, 3) });
        await http.PutAsJsonAsync("https://track.customer.io/api/v1/" + userId.AsPath(), new { created_at = Paths.Same(source.Stamp()) });
        await client.TrackEventAsync("paid", null, node.Next!.At, new Order("").Id);
        await client.IdentifyAsync(new CustomerDetails(placed.Id, placed.Email));
        _ = new IdentifyCustomerRequest { CreatedAt = new Order(userId).PlacedAt };
        await foreach (var stamp in Paths.Stamps())
        {
            _ = new IdentifyCustomerRequest { CreatedAt = stamp };
        }
    }

    internal static Sender Make(HttpClient http, IConfiguration configuration)
        => new(http, new MillisecondClock(), new Browser(), configuration["CustomerIO:ApiKey"]);
}
