using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.ValueFlow
{
    /// <summary>
    /// The user's own method that passes a parameter on to Customer.io unchanged is checked like a library call: the
    /// caller's argument is reported, with the call in the wrapper that sends it as the sink.
    /// </summary>
    public class InferredWrapperTests
    {
        /// <summary>A client wrapper over the SDK, a service over it, and a controller over the service.</summary>
        private const string Layers = """
            using CustomerIOSharp;

            namespace Shop
            {
                public class AppClient
                {
                    private readonly CustomerIo client;

                    public AppClient(CustomerIo client) => this.client = client;

                    public Task TrackAsync(string userId, string name, object data) => client.TrackEventAsync(name, data, customerId: userId);
                }

                public class Tracker
                {
                    private readonly AppClient app;

                    public Tracker(AppClient app) => this.app = app;

                    public Task Track(string user, string eventName, object data)
                    {
                        var id = user ?? throw new ArgumentNullException(nameof(user));
                        return app.TrackAsync(id, eventName, data);
                    }
                }

                public class Orders
                {
                    private readonly Tracker tracker;

                    public Orders(Tracker tracker) => this.tracker = tracker;

                    public Task Placed(string customer, object order) => tracker.Track(customer, "order_placed", order);

                    public Task Deeper(string customer) => Placed(customer, new { total = 1 });
                }
            }
            """;

        [Fact]
        public Task EmptyIdThroughOneAndThreeWrappers() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer(Layers + """

            namespace Shop
            {
                class Checkout
                {
                    Task One(AppClient app) => app.TrackAsync({|CIO1002:""|}, "Trial Started", new { plan = "pro" });

                    Task Two(Tracker tracker) => tracker.Track({|CIO1002:" "|}, "Trial Started", null!);

                    // A controller → a service → a tracker → the client wrapper → the SDK: three of the user's methods.
                    Task Three(Orders orders) => orders.Placed({|CIO1002:""|}, new { total = 3 });

                    // Four levels down is past the limit: not followed.
                    Task Four(Orders orders) => orders.Deeper("");

                    Task Right(AppClient app, Orders orders, string userId) => Task.WhenAll(app.TrackAsync("u1", "Trial Started", new { }), orders.Placed(userId, new { }));
                }
            }
            """);

        [Fact]
        public Task MillisecondsThroughAWrapperOverRawHttp() => VerifyRule<UnixMillisecondsRule>.Analyzer("""
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            class Events
            {
                private readonly HttpClient http = new();

                public Task TrackAsync(string userId, string name, long timestamp)
                    => http.PostAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(userId)}/events", new { name, timestamp });

                public Task<IdentifyCustomerRequest> Identify(string id, long createdAt)
                {
                    var stamp = createdAt;
                    return Task.FromResult(new IdentifyCustomerRequest { Id = id, CreatedAt = stamp });
                }

                Task Run() => Task.WhenAll(
                    TrackAsync("u1", "paid", {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|}),
                    Identify("u1", {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|}),
                    TrackAsync("u1", "paid", DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
            }
            """);

        [Fact]
        public Task UnsubscribedStringInTheDictionaryACallerPasses() => VerifyRule<UnsubscribedStringRule>.Analyzer("""
            class Profiles
            {
                private readonly HttpClient http = new();

                public Task IdentifyAsync(string id, Dictionary<string, object> attributes)
                    => http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/" + Uri.EscapeDataString(id), attributes);

                public Task OptOut(string id, Dictionary<string, object> attributes) => IdentifyAsync(id, attributes);

                Task Run() => Task.WhenAll(
                    IdentifyAsync("u1", new Dictionary<string, object> { ["unsubscribed"] = {|CIO1007:"yes"|} }),
                    OptOut("u1", new Dictionary<string, object> { ["unsubscribed"] = {|CIO1007:"yes"|} }),
                    IdentifyAsync("u1", new Dictionary<string, object> { ["unsubscribed"] = true }));
            }
            """);

        [Fact]
        public Task EventNamesSpelledDifferentlyAcrossWrappers() => VerifyRule<EventNameSpellingRule>.Analyzer(Layers + """

            namespace Shop
            {
                class Checkout
                {
                    Task Run(AppClient app, Tracker tracker, Orders orders) => Task.WhenAll(
                        app.TrackAsync("u1", {|CIO1009:"Order Placed"|}, new { }),
                        tracker.Track("u1", "order_placed", new { }),
                        orders.Placed("u1", new { }));
                }
            }
            """);

        [Fact]
        public Task TransformedParametersAreNotTheCallersValue() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer("""
            using CustomerIOSharp;

            class Wrappers
            {
                private readonly CustomerIo client = null!;

                Task Trimmed(string userId) => client.DeleteCustomerAsync(userId.Trim());

                Task Defaulted(string userId) => client.DeleteCustomerAsync(string.IsNullOrEmpty(userId) ? "anonymous" : userId);

                Task Formatted(string userId) => client.DeleteCustomerAsync($"user-{userId}");

                Task Reassigned(string userId)
                {
                    var id = userId;
                    id = "u-" + id;
                    return client.DeleteCustomerAsync(id);
                }

                Task InALambda(string userId) => Task.Run(() => Use(x => client.DeleteCustomerAsync(x), "u1"));

                static Task Use(Func<string, Task> send, string value) => send(value);

                Task Defaults(string userId = "") => client.DeleteCustomerAsync(userId);

                Task Run() => Task.WhenAll(Trimmed(""), Defaulted(""), Formatted(""), Reassigned(""), InALambda(""), Defaults());
            }
            """);

        [Fact]
        public Task ParametersTheWrapperTestsAreSilentAndOtherBranchesAreFollowed() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer("""
            using CustomerIOSharp;

            class Wrappers
            {
                private readonly CustomerIo client = null!;

                Task Checked(string userId)
                {
                    if (string.IsNullOrWhiteSpace(userId))
                    {
                        return Task.CompletedTask;
                    }

                    return client.DeleteCustomerAsync(userId);
                }

                Task Thrown(string userId)
                {
                    ArgumentException.ThrowIfNullOrEmpty(userId);
                    return client.DeleteCustomerAsync(userId);
                }

                Task Switched(string userId) => userId switch { "" => Task.CompletedTask, _ => client.DeleteCustomerAsync(userId) };

                // Sent on one branch only, decided by something else: the caller's value is sent when it is.
                Task WhenEnabled(string userId, bool enabled) => enabled ? client.DeleteCustomerAsync(userId) : Task.CompletedTask;

                Task Run() => Task.WhenAll(Checked(""), Thrown(""), Switched(""), WhenEnabled({|CIO1002:""|}, true));
            }
            """);

        [Fact]
        public Task TimestampsConvertedInTheWrapperAreSilent() => VerifyRule<UnixMillisecondsRule>.Analyzer("""
            class Events
            {
                private readonly HttpClient http = new();

                Task Divided(string id, long timestamp) => http.PostAsJsonAsync("https://track.customer.io/api/v1/customers/u1/events", new { name = "a", timestamp = timestamp / 1000 });

                Task Converted(DateTimeOffset at) => http.PostAsJsonAsync("https://track.customer.io/api/v1/customers/u1/events", new { name = "a", timestamp = at.ToUnixTimeSeconds() });

                Task Run() => Task.WhenAll(
                    Divided("u1", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()),
                    Converted(DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds())));
            }
            """);

        [Fact]
        public Task LookAlikeWrappersAreSilent() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer("""
            namespace Mine
            {
                public class CustomerIo
                {
                    public Task TrackEventAsync(string eventName, object? data = null, DateTime? timestamp = null, string? customerId = null) => Task.CompletedTask;
                }

                class AppClient
                {
                    private readonly CustomerIo client = new();
                    private readonly HttpClient http = new();

                    public Task TrackAsync(string userId, string name) => client.TrackEventAsync(name, customerId: userId);

                    public Task ChargeAsync(string customer) => http.PostAsJsonAsync($"https://api.stripe.com/v1/customers/{customer}/charges", new { id = customer });

                    Task Run() => Task.WhenAll(TrackAsync("", "Trial Started"), ChargeAsync(""));
                }
            }
            """);

        [Fact]
        public Task ImplementationsThatAgreeAreFollowedAndThoseThatDisagreeAreSilent() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer("""
            using CustomerIOSharp;

            interface ITracker
            {
                Task Track(string userId);
            }

            interface IDisagreeing
            {
                Task Track(string userId);
            }

            class CioTracker : ITracker, IDisagreeing
            {
                private readonly CustomerIo client = null!;

                public Task Track(string userId) => client.DeleteCustomerAsync(userId);
            }

            class QueuedTracker : ITracker
            {
                private readonly CustomerIo client = null!;

                public Task Track(string userId) => client.TrackEventAsync("queued", customerId: userId);
            }

            class NullTracker : IDisagreeing
            {
                public Task Track(string userId) => Task.CompletedTask;
            }

            abstract class Base
            {
                public abstract Task Send(string userId);
            }

            class Real : Base
            {
                private readonly CustomerIo client = null!;

                public override Task Send(string userId) => client.DeleteCustomerAsync(userId);
            }

            class Fake : Base
            {
                public override Task Send(string userId) => Task.CompletedTask;
            }

            class Callers
            {
                Task Run(ITracker agreeing, IDisagreeing disagreeing, Base either) => Task.WhenAll(
                    agreeing.Track({|CIO1002:""|}),
                    disagreeing.Track(""),
                    either.Send(""));
            }
            """);

        [Fact]
        public Task RecursionEnds() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer("""
            using CustomerIOSharp;

            class Loops
            {
                private readonly CustomerIo client = null!;

                Task Ping(string userId, int n) => n > 0 ? Pong(userId, n - 1) : client.DeleteCustomerAsync(userId);

                Task Pong(string userId, int n) => Ping(userId, n);

                Task Self(string userId, int n) => n > 0 ? Self(userId, n - 1) : Task.CompletedTask;

                static Task Generic<T>(CustomerIo client, string userId, T data) => client.TrackEventAsync("e", data, customerId: userId);

                async IAsyncEnumerable<int> Iterate(string userId)
                {
                    await client.DeleteCustomerAsync(userId);
                    yield return 1;
                }

                Task Run() => Task.WhenAll(Ping({|CIO1002:""|}, 3), Pong({|CIO1002:""|}, 3), Self("", 3), Generic(client, {|CIO1002:""|}, 1));
            }
            """);

        [Fact]
        public Task ExtensionPartialAndAsyncMethods() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer("""
            using CustomerIOSharp;

            static class ClientExtensions
            {
                public static Task Forget(this CustomerIo client, string userId) => client.DeleteCustomerAsync(userId);
            }

            partial class Accounts
            {
                private readonly CustomerIo client = null!;

                public partial Task Close(string userId);

                public partial Task Close(string userId) => client.DeleteCustomerAsync(userId);

                public async Task CloseLater(string userId)
                {
                    await Task.Yield();
                    await client.Forget(userId);
                }

                Task Run() => Task.WhenAll(client.Forget({|CIO1002:""|}), Close({|CIO1002:""|}), CloseLater({|CIO1002:""|}));
            }
            """);

        [Fact]
        public Task BrokenCodeIsTolerated() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer("""
            using CustomerIOSharp;

            partial class Broken
            {
                private readonly CustomerIo client = null!;

                Task Wrap(string userId) => client.DeleteCustomerAsync({|CS0103:Missing|}(userId));

                Task Other(string userId) => {|CS0103:nowhere|}.Send(userId);

                public partial Task {|CS8795:Part|}(string userId);

                Task Run() => Task.WhenAll(Wrap(""), Other(""), {|CS1501:Wrap|}("", ""), Part(""));
            }
            """);

        [Fact]
        public Task AConfiguredWrapperIsReportedOnce() => VerifyRule<EmptyCustomerIdentifierRule>.AnalyzerWithApiFile("""
            using CustomerIOSharp;

            namespace Acme
            {
                public class Gateway
                {
                    private readonly CustomerIo client = null!;

                    public Task DeleteAsync(string userId) => client.DeleteCustomerAsync(userId);
                }

                class Callers
                {
                    Task Run(Gateway gateway) => gateway.DeleteAsync({|CIO1002:""|});
                }
            }
            """, """
            customer-id  M:Acme.Gateway.DeleteAsync(System.String) userId
            """);

        [Fact]
        public Task ReportedOnTheArgumentWithTheWrappersSendingCallAsSink() => VerifyRule<EmptyCustomerIdentifierRule>.Placement(
            """
            using CustomerIOSharp;

            class Gateway
            {
                private readonly CustomerIo client = null!;

                public Task DeleteAsync(string userId) => {|#1:client.DeleteCustomerAsync(userId)|};

                Task Run() => DeleteAsync({|#0:""|});
            }
            """,
            new DiagnosticResult(EmptyCustomerIdentifierRule.Rule).WithLocation(0).WithLocation(1)
                .WithArguments("Gateway.DeleteAsync(userId) (sent as CustomerIo.DeleteCustomerAsync(customerId))"));
    }
}
