using System;
using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CioAnalyzers.Tests.ValueFlow
{
    /// <summary>
    /// A mistake passed to an inferred wrapper is found when the IDE analyses the caller's line alone, with the wrapper's
    /// sending call (in another file) as the sink and the path named in the message; the wrapper's line alone finds nothing.
    /// </summary>
    public class InferredWrapperLineAnalysisTests
    {
        private const string Callers = """
            using System;
            using System.Threading.Tasks;

            class Checkout
            {
                Task Direct(Shop.AppClient app) => app.TrackAsync("", "Trial Started", new { plan = "pro" }); // caller CIO1002
                Task Deep(Shop.Orders orders) => orders.Placed("", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()); // caller CIO1001
            }
            """;

        private const string Wrappers = """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            using CustomerIOSharp;

            namespace Shop
            {
                public class AppClient
                {
                    private readonly CustomerIo client;
                    private readonly HttpClient http = new();

                    public AppClient(CustomerIo client) => this.client = client;

                    public Task TrackAsync(string userId, string name, object data)
                        => client.TrackEventAsync(name, data, customerId: userId); // sends CIO1002

                    public Task StampAsync(string userId, long timestamp)
                        => http.PostAsJsonAsync("https://track.customer.io/api/v1/customers/u1/events", new { name = "stamped", timestamp }); // sends CIO1001
                }

                public class Tracker
                {
                    private readonly AppClient app;

                    public Tracker(AppClient app) => this.app = app;

                    public Task Track(string user, long at) => app.StampAsync(user, at);
                }

                public class Orders
                {
                    private readonly Tracker tracker;

                    public Orders(Tracker tracker) => this.tracker = tracker;

                    public Task Placed(string customer, long at) => tracker.Track(customer, at);
                }
            }
            """;

        [Theory]
        [InlineData("CIO1002", "AppClient.TrackAsync(userId) (sent as CustomerIo.TrackEventAsync(customerId))")]
        [InlineData("CIO1001", "Orders.Placed(at) (sent as Tracker.Track(at), then as AppClient.StampAsync(timestamp), then as JSON \"timestamp\")")]
        public async Task TheCallersLineAloneFindsTheDiagnosticWithTheWrappersSend(string id, string path)
        {
            var (compilation, callers, wrappers) = Compile();
            var diagnostic = Assert.Single(await LineAnalysis.AnalyseLineAsync(compilation, callers, "// caller " + id, "CIO1002", "CIO1001"));
            Assert.Equal(id, diagnostic.Id);
            Assert.Equal(callers, diagnostic.Location.SourceTree);
            Assert.Equal(LineAnalysis.LineOf(Callers, "// caller " + id), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
            var sink = diagnostic.AdditionalLocations[DiagnosticLocations.Sink];
            Assert.Equal(wrappers, sink.SourceTree);
            Assert.Equal(LineAnalysis.LineOf(Wrappers, "// sends " + id), sink.GetLineSpan().EndLinePosition.Line);
            Assert.Contains(path, diagnostic.GetMessage(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("CIO1002")]
        [InlineData("CIO1001")]
        public async Task TheWrappersLineAloneFindsNothing(string id)
        {
            var (compilation, _, wrappers) = Compile();
            Assert.Empty(await LineAnalysis.AnalyseLineAsync(compilation, wrappers, "// sends " + id, "CIO1002", "CIO1001"));
        }

        private static (Compilation Compilation, SyntaxTree Callers, SyntaxTree Wrappers) Compile()
        {
            var compilation = StandInCompilation.CreateAsync(Wrappers, Callers).Result;
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var trees = compilation.SyntaxTrees.ToArray();
            return (compilation, trees.Single(t => t.ToString().Contains("// caller")), trees.Single(t => t.ToString().Contains("// sends")));
        }
    }
}
