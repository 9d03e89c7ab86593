using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CioAnalyzers.Tests.Placement
{
    /// <summary>
    /// The IDE asks for the diagnostics of the lines being edited only. A diagnostic on a value two lines above the
    /// call that sends it must be found when the value's line alone is analysed, and only there.
    /// </summary>
    public class LineAnalysisTests
    {
        private const string Source = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Configuration;
            using RestSharp;

            class Sync
            {
                async Task Milliseconds(HttpClient http, string id)
                {
                    var body = new { created_at = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() }; // CIO1001
                    Console.WriteLine(id);
                    (await http.PutAsJsonAsync($"https://track.customer.io/api/v1/customers/{Uri.EscapeDataString(id)}", body)).EnsureSuccessStatusCode(); // sends CIO1001
                }

                async Task Empty(CustomerIOSharp.CustomerIo cio)
                {
                    var nobody = ""; // CIO1002
                    Console.WriteLine("deleting");
                    await cio.DeleteCustomerAsync(nobody); // sends CIO1002
                }

                CustomerIOSharp.CustomerIo Credential(IConfiguration configuration)
                {
                    var key = configuration["CustomerIO:ApiKey"]; // CIO2001
                    Console.WriteLine("creating");
                    return new CustomerIOSharp.CustomerIo("site", key); // sends CIO2001
                }

                void Header(string appApiKey)
                {
                    var app = new HttpClient { BaseAddress = new Uri("https://api.customer.io/v1/") };
                    app.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue( // sends CIO2005
                        "Basic", // CIO2005
                        appApiKey);
                }

                async Task<RestResponse> Segment(string id)
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    var request = new RestRequest("customers/{id}", Method.Delete);
                    request.AddUrlSegment("id", id, encode: false); // CIO3001
                    Console.WriteLine("sending");
                    return await client.ExecuteAsync(request); // sends CIO3001
                }

                void Unrelated() => Console.WriteLine("nothing to see"); // other member
            }
            """;

        [Theory]
        [InlineData("CIO1001")]
        [InlineData("CIO1002")]
        [InlineData("CIO2001")]
        [InlineData("CIO2005")]
        [InlineData("CIO3001")]
        public async Task TheValuesLineAloneFindsTheDiagnostic(string id)
        {
            var diagnostics = await AnalyseLineAsync("// " + id);
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal(id, diagnostic.Id);
            Assert.Equal(LineOf("// " + id), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Equal(LineOf("// sends " + id), diagnostic.AdditionalLocations[DiagnosticLocations.Sink].GetLineSpan().StartLinePosition.Line);
        }

        [Theory]
        [InlineData("CIO1001")]
        [InlineData("CIO1002")]
        [InlineData("CIO2001")]
        [InlineData("CIO2005")]
        [InlineData("CIO3001")]
        public async Task TheCallsLineAloneFindsNothingNew(string id)
            => Assert.Empty(await AnalyseLineAsync("// sends " + id));

        [Fact]
        public async Task AnotherMemberFindsNothing()
            => Assert.Empty(await AnalyseLineAsync("// other member"));

        [Fact]
        public async Task TheWholeDocumentFindsEachOnce()
        {
            var (compilation, tree) = await CompileAsync();
            var analysis = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new RoleSinkAnalyzer()));
            var result = await analysis.GetAnalysisResultAsync(compilation.GetSemanticModel(tree), filterSpan: null, CancellationToken.None);
            Assert.Equal(new[] { "CIO1001", "CIO1002", "CIO2001", "CIO2005", "CIO3001" }, Ids(result, tree));
        }

        private static async Task<ImmutableArray<Diagnostic>> AnalyseLineAsync(string marker)
        {
            var (compilation, tree) = await CompileAsync();
            var line = tree.GetText().Lines[LineOf(marker)];
            var analysis = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new RoleSinkAnalyzer()));
            var result = await analysis.GetAnalysisResultAsync(compilation.GetSemanticModel(tree), TextSpan.FromBounds(line.Start, line.End), CancellationToken.None);
            return result.SemanticDiagnostics.TryGetValue(tree, out var byAnalyzer)
                ? byAnalyzer.Values.SelectMany(d => d).Where(d => d.Id.StartsWith("CIO", StringComparison.Ordinal)).ToImmutableArray()
                : ImmutableArray<Diagnostic>.Empty;
        }

        private static string[] Ids(AnalysisResult result, SyntaxTree tree)
            => result.SemanticDiagnostics.TryGetValue(tree, out var byAnalyzer)
                ? byAnalyzer.Values.SelectMany(d => d).Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal).ToArray()
                : Array.Empty<string>();

        private static Task<(Compilation Compilation, SyntaxTree Tree)> CompileAsync() => LineAnalysis.CompileAsync(Source);

        private static int LineOf(string marker)
        {
            var lines = Source.Split('\n');
            var index = Array.FindIndex(lines, l => l.TrimEnd().EndsWith(marker, StringComparison.Ordinal));
            Assert.True(index >= 0, "no line ends with " + marker);
            return index;
        }
    }
}
