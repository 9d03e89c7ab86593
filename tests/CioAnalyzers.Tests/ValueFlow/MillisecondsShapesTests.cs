using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.ValueFlow
{
    /// <summary>
    /// CIO1001 through the member shapes beyond helpers and fields: parameters, lambdas, records, primary-constructor
    /// captures, virtual and interface members.
    /// </summary>
    public class MillisecondsShapesTests
    {
        private static Task Verify(string code) => VerifyRule<UnixMillisecondsRule>.Analyzer(code);

        [Fact]
        public Task ParametersAreAnsweredOnTheCallersArgument() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            class Sync
            {
                static long UnixFrom(DateTime d) => new DateTimeOffset(d).ToUnixTimeMilliseconds();

                static long Pass(long value) => value;

                static long Twice(long value) => Pass(value);

                static long Defaulted(long value = 1700000000000) => value;

                IdentifyCustomerRequest[] Build() => new[]
                {
                    new IdentifyCustomerRequest { {|CIO1001:CreatedAt = UnixFrom(DateTime.UtcNow)|} },
                    new IdentifyCustomerRequest { CreatedAt = Pass({|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|}) },
                    new IdentifyCustomerRequest { CreatedAt = Twice({|CIO1001:1700000000000|}) },
                    new IdentifyCustomerRequest { CreatedAt = Pass(DateTimeOffset.UtcNow.ToUnixTimeSeconds()) },
                    new IdentifyCustomerRequest { CreatedAt = Twice(1700000000) },
                    new IdentifyCustomerRequest { CreatedAt = Defaulted() },
                };
            }
            """);

        [Fact]
        public Task LambdasAndMethodGroupsAssignedOnce() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            class Sync
            {
                static long UnixNow() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

                IdentifyCustomerRequest[] Build(bool seconds)
                {
                    Func<long> now = () => {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|};
                    Func<long, long> keep = v => v;
                    Func<long> clock = UnixNow;
                    Func<long> later = () => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                    later = () => DateTimeOffset.UtcNow.ToUnixTimeSeconds();
                    Func<long> either = () =>
                    {
                        if (seconds)
                        {
                            return DateTimeOffset.UtcNow.ToUnixTimeSeconds();
                        }

                        return DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                    };

                    return new[]
                    {
                        new IdentifyCustomerRequest { CreatedAt = now() },
                        new IdentifyCustomerRequest { CreatedAt = keep({|CIO1001:1700000000000|}) },
                        new IdentifyCustomerRequest { {|CIO1001:CreatedAt = clock()|} },
                        new IdentifyCustomerRequest { CreatedAt = keep(1700000000) },
                        new IdentifyCustomerRequest { CreatedAt = later() },
                        new IdentifyCustomerRequest { CreatedAt = either() },
                    };
                }
            }
            """);

        [Fact]
        public Task RecordsBuiltInSight() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            record Order(string Id, long PlacedAt);

            record Signup(string Id, long JoinedAt = 1700000000000);

            class Sync
            {
                IdentifyCustomerRequest[] Build(string id, Order received)
                {
                    var order = new Order(id, {|CIO1001:DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()|});
                    var signup = new Signup(id);
                    var onTime = new Order(id, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
                    var named = new Order(PlacedAt: {|CIO1001:1700000000000|}, Id: id);
                    var changed = order with { PlacedAt = 1700000000 };
                    return new[]
                    {
                        new IdentifyCustomerRequest { CreatedAt = order.PlacedAt },
                        new IdentifyCustomerRequest { {|CIO1001:CreatedAt = signup.JoinedAt|} },
                        new IdentifyCustomerRequest { CreatedAt = named.PlacedAt },
                        new IdentifyCustomerRequest { CreatedAt = onTime.PlacedAt },
                        new IdentifyCustomerRequest { CreatedAt = changed.PlacedAt },
                        new IdentifyCustomerRequest { CreatedAt = received.PlacedAt },
                        new IdentifyCustomerRequest { CreatedAt = new Signup(id, 1700000000).JoinedAt },
                    };
                }
            }
            """);

        [Fact]
        public Task PrimaryConstructorCaptureFollowsEveryConstruction() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            class Stamper(long at)
            {
                public IdentifyCustomerRequest Build() => new IdentifyCustomerRequest { {|CIO1001:CreatedAt = at|} };
            }

            class Mixed(long at)
            {
                public IdentifyCustomerRequest Build() => new IdentifyCustomerRequest { CreatedAt = at };
            }

            class Named(long at)
            {
                public IdentifyCustomerRequest Build() => new IdentifyCustomerRequest { CreatedAt = at };
            }

            class Moved(long at)
            {
                public IdentifyCustomerRequest Build() => new IdentifyCustomerRequest { CreatedAt = at };

                public void Later() => at = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            }

            class Held
            {
                private readonly long at;

                public Held(long at) => this.at = at;

                public IdentifyCustomerRequest Build() => new IdentifyCustomerRequest { {|CIO1001:CreatedAt = at|} };
            }

            class Use
            {
                object[] Make() => new object[]
                {
                    new Stamper(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()),
                    new Stamper(1700000000000),
                    new Mixed(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()),
                    new Mixed(DateTimeOffset.UtcNow.ToUnixTimeSeconds()),
                    new Named(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()),
                    new Moved(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()),
                    new Held(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()),
                };

                Type Registered() => typeof(Named);
            }
            """);

        [Fact]
        public Task TypesBuiltOutOfSightAreSilent() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            class Bound(long at)
            {
                public IdentifyCustomerRequest Build() => new IdentifyCustomerRequest { CreatedAt = at };
            }

            class Listed(long at)
            {
                public IdentifyCustomerRequest Build() => new IdentifyCustomerRequest { CreatedAt = at };
            }

            struct Stamp(long at)
            {
                public IdentifyCustomerRequest Build() => new IdentifyCustomerRequest { CreatedAt = at };
            }

            interface IClock<T>
            {
                long Now();
            }

            class Clock : IClock<int>
            {
                public long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            }

            class Endpoints
            {
                // A request body: the framework builds it from JSON.
                public IdentifyCustomerRequest Post(Bound body) => body.Build();

                object[] Make() => new object[]
                {
                    new Bound(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()),
                    new Listed(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()),
                    new List<Listed>(),
                    new Stamp(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()),
                };

                IdentifyCustomerRequest Build(IClock<int> clock) => new IdentifyCustomerRequest { CreatedAt = clock.Now() };
            }
            """);

        [Fact]
        public Task PublicTypeOfALibraryMayBeBuiltElsewhere() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            public class Stamper(long at)
            {
                public IdentifyCustomerRequest Build() => new IdentifyCustomerRequest { CreatedAt = at };
            }

            public interface IClock
            {
                long Now();
            }

            class MillisecondClock : IClock
            {
                public long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            }

            class Use
            {
                Stamper Make() => new Stamper(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

                IdentifyCustomerRequest Build(IClock clock) => new IdentifyCustomerRequest { CreatedAt = clock.Now() };
            }
            """);

        [Fact]
        public Task VirtualAndInterfaceMembersFollowEveryImplementation() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            interface IClock
            {
                long Now();
            }

            class MillisecondClock : IClock
            {
                public long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            }

            class FixedClock : IClock
            {
                long IClock.Now() => 1700000000000;
            }

            interface IMixedClock
            {
                long Now { get; }
            }

            class Milliseconds : IMixedClock
            {
                public long Now => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            }

            class Seconds : IMixedClock
            {
                public long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            }

            abstract class Source
            {
                public abstract long Stamp();
            }

            class Browser : Source
            {
                public override long Stamp() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            }

            interface IUnused
            {
                long Now();
            }

            class Sync
            {
                IdentifyCustomerRequest[] Build(IClock clock, IMixedClock mixed, Source source, IUnused unused) => new[]
                {
                    new IdentifyCustomerRequest { {|CIO1001:CreatedAt = clock.Now()|} },
                    new IdentifyCustomerRequest { {|CIO1001:CreatedAt = source.Stamp()|} },
                    new IdentifyCustomerRequest { CreatedAt = mixed.Now },
                    new IdentifyCustomerRequest { CreatedAt = unused.Now() },
                };
            }
            """);

        [Fact]
        public Task LookAlikeClientIsSilent() => Verify("""
            namespace Mine
            {
                record Order(string Id, long PlacedAt);

                class IdentifyCustomerRequest { public long CreatedAt { get; set; } }

                class Stamper(long at)
                {
                    public IdentifyCustomerRequest Build() => new IdentifyCustomerRequest { CreatedAt = at };
                }

                class Use
                {
                    static long Pass(long value) => value;

                    Stamper Make() => new Stamper(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

                    async Task Send(HttpClient http, string id)
                    {
                        var order = new Order(id, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
                        Func<long> now = () => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                        await http.PutAsJsonAsync($"https://api.example.com/v1/customers/{id}", new { created_at = order.PlacedAt, seen_at = now(), at = Pass(1700000000000) });
                        _ = new IdentifyCustomerRequest { CreatedAt = order.PlacedAt };
                    }
                }
            }
            """);

        [Fact]
        public Task RecursionAndBrokenCodeEnd() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            record Node(Node? Next, long At);

            class Loop(long at)
            {
                static long Self(long value) => Self(value);

                static long Ping(long value) => Pong(value);

                static long Pong(long value) => Ping(value);

                Loop Again() => new Loop(at);

                IdentifyCustomerRequest[] Build(Node node) => new[]
                {
                    new IdentifyCustomerRequest { CreatedAt = Self(1700000000000) },
                    new IdentifyCustomerRequest { CreatedAt = Ping(1700000000000) },
                    new IdentifyCustomerRequest { CreatedAt = at },
                    new IdentifyCustomerRequest { CreatedAt = new Node(node, 1700000000).Next!.At },
                    new IdentifyCustomerRequest { CreatedAt = {|CS0103:missing|}() },
                    new IdentifyCustomerRequest { CreatedAt = new {|CS7036:Node|}().At },
                };
            }
            """);
    }
}
