using System;
using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CioAnalyzers.Tests.Placement
{
    /// <summary>
    /// A response returned by a wrapper in another file is reported where the caller drops it, which the IDE finds when
    /// it analyses the caller's line alone; the wrapper's request is an additional location and the wrapper's line reports nothing.
    /// </summary>
    public class ResponseLineAnalysisTests
    {
        private const string Caller = """
            using System;
            using System.Threading.Tasks;

            class Orders
            {
                async Task Paid(TrackClient cio)
                {
                    Console.WriteLine("paying");
                    await cio.PostToCioAsync(new { name = "paid" }); // drops
                    await cio.SendBuiltAsync("u1"); // drops built
                }
            }
            """;

        private const string Wrapper = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class TrackClient
            {
                private readonly HttpClient http = new();

                public Task<HttpResponseMessage> PostToCioAsync(object body)
                    => http.PostAsJsonAsync("https://track.customer.io/api/v1/events", body); // sends

                public Task<HttpResponseMessage> SendBuiltAsync(string id) => http.SendAsync(Build(id));

                static HttpRequestMessage Build(string id)
                    => new HttpRequestMessage(HttpMethod.Delete, "https://track.customer.io/api/v1/customers/" + Uri.EscapeDataString(id)); // builds
            }
            """;

        [Theory]
        [InlineData("// drops", "// sends", "HttpClient.PostAsJsonAsync (returned by PostToCioAsync())")]
        [InlineData("// drops built", "// builds", "new HttpRequestMessage (built by Build(), returned by SendBuiltAsync())")]
        public async Task TheCallersLineAloneFindsTheDiagnosticWithTheWrappersRequest(string drops, string sends, string path)
        {
            var (compilation, caller, wrapper) = Compile();
            var diagnostic = Assert.Single(await LineAnalysis.AnalyseLineAsync(compilation, caller, drops, UncheckedResponseRule.Id));
            Assert.Equal(LineAnalysis.LineOf(Caller, drops), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
            var sent = diagnostic.AdditionalLocations[DiagnosticLocations.Sink];
            Assert.Equal(wrapper, sent.SourceTree);
            Assert.Equal(LineAnalysis.LineOf(Wrapper, sends), sent.GetLineSpan().StartLinePosition.Line);
            Assert.Contains(path, diagnostic.GetMessage(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("// sends")]
        [InlineData("// builds")]
        public async Task TheWrappersLineAloneFindsNothing(string sends)
        {
            var (compilation, _, wrapper) = Compile();
            Assert.Empty(await LineAnalysis.AnalyseLineAsync(compilation, wrapper, sends, UncheckedResponseRule.Id));
        }

        private static (Compilation Compilation, SyntaxTree Caller, SyntaxTree Wrapper) Compile()
        {
            var compilation = StandInCompilation.CreateAsync(Wrapper, Caller).Result;
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var trees = compilation.SyntaxTrees.ToArray();
            return (compilation, trees.Single(t => t.ToString().Contains("// drops")), trees.Single(t => t.ToString().Contains("// sends")));
        }
    }
}
