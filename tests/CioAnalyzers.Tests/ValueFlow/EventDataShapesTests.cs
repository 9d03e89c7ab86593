using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.ValueFlow
{
    /// <summary>CIO1012's event data that is not an object (JsonShape) when the data sent as <c>object</c> is made in another member.</summary>
    public class EventDataShapesTests
    {
        private static Task Verify(string code) => VerifyRule<EventNameAndDataRule>.Analyzer("using CustomerIOSharp;\n\n" + code);

        [Fact]
        public Task HelpersPropertiesFieldsRecordsAndCaptures() => Verify("""
            record Purchase(string Name, object Data);

            class Tracker(object data)
            {
                public Task Send(CustomerIo cio) => {|CIO1012:cio.TrackEventAsync("paid", data, null, "u1")|};
            }

            class Checkout
            {
                private readonly object flags;

                public Checkout() => flags = true;

                static object Data() => "signup";

                static object Items => new[] { 1, 2 };

                static object Total { get; } = 42;

                static object Same(object value) => value;

                async Task Run(CustomerIo cio)
                {
                    var purchase = new Purchase("paid", {|CIO1012:"total"|});
                    await {|CIO1012:cio.TrackEventAsync("paid", Data(), null, "u1")|};
                    await {|CIO1012:cio.TrackEventAsync("paid", Items, null, "u1")|};
                    await {|CIO1012:cio.TrackEventAsync("paid", Total, null, "u1")|};
                    await {|CIO1012:cio.TrackEventAsync("paid", flags, null, "u1")|};
                    await cio.TrackEventAsync(purchase.Name, purchase.Data, null, "u1");
                    await cio.TrackEventAsync("paid", Same({|CIO1012:"x"|}), null, "u1");
                    await new Tracker("cart").Send(cio);
                }

                async Task Correct(CustomerIo cio)
                {
                    await cio.TrackEventAsync("paid", Same(new { total = 3 }), null, "u1");
                    await cio.TrackEventAsync("paid", new Purchase("paid", new { total = 3 }).Data, null, "u1");
                }
            }
            """);

        [Fact]
        public Task DisagreeingValuesAreSilent() => Verify("""
            interface IPayload
            {
                object Data();
            }

            class Text : IPayload
            {
                public object Data() => "text";
            }

            class Shaped : IPayload
            {
                public object Data() => new { total = 3 };
            }

            class Checkout
            {
                private object data = "text";

                void Reshape() => data = new { total = 3 };

                static object Either(bool count) => count ? 3 : "three";

                static object Maybe(bool some)
                {
                    if (some)
                    {
                        return "text";
                    }

                    return null!;
                }

                async Task Run(CustomerIo cio, IPayload payload, bool flag)
                {
                    await cio.TrackEventAsync("paid", payload.Data(), null, "u1");
                    await cio.TrackEventAsync("paid", data, null, "u1");
                    await cio.TrackEventAsync("paid", Either(flag), null, "u1");
                    await cio.TrackEventAsync("paid", Maybe(flag), null, "u1");
                }
            }
            """);

        [Fact]
        public Task RecursiveMembersEndSilently() => Verify("""
            class Checkout
            {
                static object Ping(int n) => n > 0 ? Pong(n - 1) : Ping(n);

                static object Pong(int n) => Ping(n);

                static object First => Second;

                static object Second => First;

                async Task Run(CustomerIo cio)
                {
                    await cio.TrackEventAsync("paid", Ping(3), null, "u1");
                    await cio.TrackEventAsync("paid", First, null, "u1");
                }
            }
            """);

        [Fact]
        public Task TheSameMembersTowardsALookAlikeClientAreSilent() => VerifyRule<EventNameAndDataRule>.Analyzer("""
            namespace Mine
            {
                class CustomerIo { public Task TrackEventAsync(string eventName, object? data = null, DateTime? timestamp = null, string? customerId = null) => Task.CompletedTask; }

                class Tracker(object data)
                {
                    public Task Send(CustomerIo cio) => cio.TrackEventAsync("paid", data, null, "u1");
                }

                class Checkout
                {
                    static object Data() => "signup";

                    static object Items => new[] { 1, 2 };

                    async Task Run(CustomerIo cio)
                    {
                        await cio.TrackEventAsync("paid", Data(), null, "u1");
                        await cio.TrackEventAsync("paid", Items, null, "u1");
                        await new Tracker("cart").Send(cio);
                    }
                }
            }
            """);
    }
}
