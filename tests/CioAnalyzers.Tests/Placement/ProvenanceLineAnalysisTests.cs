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
    /// Epochs (CIO1004), schedules and whole requests (CIO1011) and event data (CIO1012) made in another file, analysed
    /// one line at a time as the IDE does: the sending line finds the diagnostic, with the origin as additional location
    /// and the member named in the message; the origin's line alone finds nothing.
    /// </summary>
    public class ProvenanceLineAnalysisTests
    {
        private const string Sender = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            using CustomerIOSharp;

            class Sync
            {
                Task Epoch(HttpClient http) => http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u1", new { created_at = (long)(DateTime.UtcNow - Clock.Epoch).TotalSeconds }); // sends CIO1004

                Task Schedule(HttpClient http) => http.PostAsJsonAsync("https://api.customer.io/v1/send/push", new { transactional_message_id = 5, identifiers = new { id = "u1" }, send_at = Clock.InFourMonths() }); // sends CIO1011

                Task Receipt(HttpClient http) => http.PostAsJsonAsync("https://api.customer.io/v1/send/email", Clock.Receipt("u1")); // sends request CIO1011

                Task Data(CustomerIo cio) => cio.TrackEventAsync("paid", Clock.Data(), null, "u1"); // sends CIO1012
            }
            """;

        private const string Origins = """
            using System;

            static class Clock
            {
                public static DateTime Epoch => new DateTime(1970, 1, 1).ToUniversalTime(); // origin CIO1004

                public static long InFourMonths() => DateTimeOffset.UtcNow.AddMonths(4).ToUnixTimeSeconds(); // origin CIO1011

                public static object Receipt(string id) => new { transactional_message_id = 3, identifiers = new { id } }; // origin request CIO1011

                public static object Data() => "signup"; // origin CIO1012
            }
            """;

        [Theory]
        [InlineData("CIO1004", "CIO1004", "Epoch (set from new DateTime(1970, 1, 1).ToUniversalTime())")]
        [InlineData("CIO1011", "CIO1011", "InFourMonths() (returning DateTimeOffset.UtcNow.AddMonths(4).ToUnixTimeSeconds())")]
        [InlineData("request CIO1011", "CIO1011", "an email request without \"to\"")]
        [InlineData("CIO1012", "CIO1012", "a string as event data from Data() (returning \"signup\")")]
        public async Task TheSendingLineAloneFindsTheDiagnosticWithItsOrigin(string marker, string id, string message)
        {
            var (compilation, sender, origins) = Compile();
            var diagnostic = Assert.Single(await LineAnalysis.AnalyseLineAsync(compilation, sender, "// sends " + marker, id));
            Assert.Equal(LineAnalysis.LineOf(Sender, "// sends " + marker), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
            var origin = diagnostic.AdditionalLocations[DiagnosticLocations.Origin];
            Assert.Equal(origins, origin.SourceTree);
            Assert.Equal(LineAnalysis.LineOf(Origins, "// origin " + marker), origin.GetLineSpan().StartLinePosition.Line);
            Assert.Contains(message, diagnostic.GetMessage(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("CIO1004", "CIO1004")]
        [InlineData("CIO1011", "CIO1011")]
        [InlineData("request CIO1011", "CIO1011")]
        [InlineData("CIO1012", "CIO1012")]
        public async Task TheOriginsLineAloneFindsNothing(string marker, string id)
        {
            var (compilation, _, origins) = Compile();
            Assert.Empty(await LineAnalysis.AnalyseLineAsync(compilation, origins, "// origin " + marker, id));
        }

        private static (Compilation Compilation, SyntaxTree Sender, SyntaxTree Origins) Compile()
        {
            var compilation = StandInCompilation.CreateAsync(Origins, Sender).Result;
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var trees = compilation.SyntaxTrees.ToArray();
            return (compilation, trees.Single(t => t.ToString().Contains("class Sync")), trees.Single(t => t.ToString().Contains("static class Clock")));
        }
    }
}
