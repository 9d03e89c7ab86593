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
    /// The member shapes beyond helpers and fields, analysed one line at a time as the IDE does: a record's default and
    /// a primary-constructor capture are reported on the sending line with the origin as additional location; a
    /// helper's parameter is reported on the caller's argument, on the sending line too.
    /// </summary>
    public class ShapesLineAnalysisTests
    {
        private const string Sender = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            using CustomerIOSharp;

            class Sync
            {
                Task Empty(CustomerIo cio) => cio.DeleteCustomerAsync(new Customer().Id); // sends CIO1002

                Task Path(HttpClient http, string userId) => http.PutAsJsonAsync(Paths.Person(userId), new { plan = "pro" }); // sends CIO3001

                Stamper Make() => new Stamper(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()); // origin CIO1001
            }
            """;

        private const string Shapes = """
            using CustomerIO.Net.Sdk.TrackApi.Models.Customer;

            record Customer(string Id = ""); // origin CIO1002

            static class Paths
            {
                public static string Person(string id) => $"https://track.customer.io/api/v1/customers/{id}";
            }

            class Stamper(long at)
            {
                public IdentifyCustomerRequest Build() => new IdentifyCustomerRequest { CreatedAt = at }; // sends CIO1001
            }
            """;

        [Theory]
        [InlineData("CIO1002", true, "CustomerIo.DeleteCustomerAsync")]
        [InlineData("CIO1001", false, "at (set from DateTimeOffset.ToUnixTimeMilliseconds())")]
        public async Task TheSendingLineAloneFindsTheDiagnosticWithItsOrigin(string id, bool originInShapes, string path)
        {
            var (compilation, sender, shapes) = Compile();
            var sendingTree = originInShapes ? sender : shapes;
            var diagnostic = Assert.Single(await LineAnalysis.AnalyseLineAsync(compilation, sendingTree, "// sends " + id, id));
            Assert.Equal(LineAnalysis.LineOf(sendingTree.ToString(), "// sends " + id), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
            var origin = diagnostic.AdditionalLocations[DiagnosticLocations.Origin];
            var originTree = originInShapes ? shapes : sender;
            Assert.Equal(originTree, origin.SourceTree);
            Assert.Equal(LineAnalysis.LineOf(originTree.ToString(), "// origin " + id), origin.GetLineSpan().StartLinePosition.Line);
            Assert.Contains(path, diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Equal(Location.None, diagnostic.AdditionalLocations[DiagnosticLocations.FixTarget]);
        }

        [Fact]
        public async Task AHelpersParameterIsReportedOnTheCallersArgument()
        {
            var (compilation, sender, _) = Compile();
            var diagnostic = Assert.Single(await LineAnalysis.AnalyseLineAsync(compilation, sender, "// sends CIO3001", "CIO3001"));
            Assert.Equal("userId", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan).Split(')')[0]);
            Assert.Equal(LineAnalysis.LineOf(Sender, "// sends CIO3001"), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        }

        [Theory]
        [InlineData("CIO1002")]
        [InlineData("CIO1001")]
        public async Task TheOriginsLineAloneFindsNothing(string id)
        {
            var (compilation, sender, shapes) = Compile();
            var originTree = id == "CIO1002" ? shapes : sender;
            Assert.Empty(await LineAnalysis.AnalyseLineAsync(compilation, originTree, "// origin " + id, id));
        }

        private static (Compilation Compilation, SyntaxTree Sender, SyntaxTree Shapes) Compile()
        {
            var compilation = StandInCompilation.CreateAsync(Shapes, Sender).Result;
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var trees = compilation.SyntaxTrees.ToArray();
            return (compilation, trees.Single(t => t.ToString().Contains("class Sync")), trees.Single(t => t.ToString().Contains("record Customer")));
        }
    }
}
