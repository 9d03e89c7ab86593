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
    /// A value made in another member (a helper, a field initialiser, possibly in another file) is reported on the
    /// line that sends it, which the IDE analyses when that line is edited; the origin is an additional location and the
    /// message names the member.
    /// </summary>
    public class CrossMemberLineAnalysisTests
    {
        private const string Sender = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Configuration;

            partial class Sync
            {
                async Task Milliseconds(HttpClient http)
                {
                    Console.WriteLine("sending");
                    (await http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/u1", new { created_at = UnixNow() })).EnsureSuccessStatusCode(); // sends CIO1001
                }

                CustomerIOSharp.CustomerIo Credential() => new CustomerIOSharp.CustomerIo("site", ApiKey); // sends CIO2001
            }
            """;

        private const string Helpers = """
            using System;
            using Microsoft.Extensions.Configuration;

            partial class Sync
            {
                private readonly IConfiguration configuration;

                public Sync(IConfiguration configuration) => this.configuration = configuration;

                static long UnixNow() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(); // origin CIO1001

                private string? ApiKey => configuration["CustomerIO:ApiKey"]; // origin CIO2001
            }
            """;

        [Theory]
        [InlineData("CIO1001", "UnixNow() (returning DateTimeOffset.ToUnixTimeMilliseconds())")]
        [InlineData("CIO2001", "ApiKey (set from configuration[\"CustomerIO:ApiKey\"])")]
        public async Task TheSendingLineAloneFindsTheDiagnosticWithItsOrigin(string id, string path)
        {
            var (compilation, sender, helpers) = Compile();
            var diagnostic = Assert.Single(await LineAnalysis.AnalyseLineAsync(compilation, sender, "// sends " + id, "CIO1001", "CIO2001"));
            Assert.Equal(id, diagnostic.Id);
            Assert.Equal(LineAnalysis.LineOf(Sender, "// sends " + id), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
            var origin = diagnostic.AdditionalLocations[DiagnosticLocations.Origin];
            Assert.Equal(helpers, origin.SourceTree);
            Assert.Equal(LineAnalysis.LineOf(Helpers, "// origin " + id), origin.GetLineSpan().StartLinePosition.Line);
            Assert.Contains(path, diagnostic.GetMessage(), StringComparison.Ordinal);

            // The origin lies in another file: no fix rewrites it from the sending document.
            Assert.Equal(Location.None, diagnostic.AdditionalLocations[DiagnosticLocations.FixTarget]);
        }

        [Theory]
        [InlineData("CIO1001")]
        [InlineData("CIO2001")]
        public async Task TheOriginsLineAloneFindsNothing(string id)
        {
            var (compilation, _, helpers) = Compile();
            Assert.Empty(await LineAnalysis.AnalyseLineAsync(compilation, helpers, "// origin " + id, "CIO1001", "CIO2001"));
        }

        private static (Compilation Compilation, SyntaxTree Sender, SyntaxTree Helpers) Compile()
        {
            var compilation = StandInCompilation.CreateAsync(Helpers, Sender).Result;
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var trees = compilation.SyntaxTrees.ToArray();
            return (compilation, trees.Single(t => t.ToString().Contains("// sends")), trees.Single(t => t.ToString().Contains("// origin")));
        }
    }
}
