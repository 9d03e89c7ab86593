using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class MixedDataCentersAnalyzerTests
    {
        /// <summary>The namespaces these tests use beyond an SDK project's implicit usings.</summary>
        private const string Usings = """
            using CustomerIO.Net.Sdk.AppApi;
            using CustomerIO.Net.Sdk.TrackApi;

            """;

        private static Task Verify(string code) => VerifyAnalyzer<MixedDataCentersAnalyzer>.Analyzer(Usings + code);

        [Fact]
        public Task RawHttpHostOfTheLessUsedDataCentre() => Verify("""
            class Crm
            {
                const string Track = "https://track-eu.customer.io/api/v1";
                const string UnusedUs = "https://track.customer.io/api/v1";

                async Task Run(HttpClient http, string id)
                {
                    await http.PutAsJsonAsync($"https://track-eu.customer.io/api/v1/customers/{id}", new { plan = "pro" });
                    await http.PostAsJsonAsync(Track + "/events", new { name = "paid" });
                    await http.PostAsJsonAsync({|CIO2004:"https://api.customer.io/v1/send/email"|}, new { transactional_message_id = 3 });
                }
            }
            """);

        [Fact]
        public Task LibraryHostConstantsWithEqualCountsAreAllReported() => Verify("""
            class Clients
            {
                CustomerIOTrackApiClient Track(string key) => new(new TrackApiOptions { ApiKey = key, Host = {|CIO2004:TrackApiHosts.EU|} });

                CustomerIOAppApiClient App(string key) => new(new AppApiOptions { ApiKey = key, Host = {|CIO2004:AppApiHosts.US|} });
            }
            """);

        [Fact]
        public Task AllPartsOfAPartialTypeCount() => Verify("""
            partial class Crm
            {
                Task Identify(HttpClient http) => http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/a", new { plan = "pro" });

                Task Again(HttpClient http) => http.PutAsJsonAsync("https://track.customer.io/api/v1/customers/b", new { plan = "pro" });
            }

            partial class Crm
            {
                Task Send(HttpClient http) => http.PostAsJsonAsync({|CIO2004:"https://api-eu.customer.io/v1/send/email"|}, new { to = "a@b.c" });
            }
            """);

        [Fact]
        public Task PlacedOnTheHostWithTheOtherDataCentresFirstHost() => VerifyAnalyzer<MixedDataCentersAnalyzer>.Placement(
            Usings + """
                class Crm
                {
                    string track = {|#1:"https://track-eu.customer.io"|};
                    string pipelines = "https://cdp-eu.customer.io/v1";
                    string app = {|#0:"https://api.customer.io"|};
                }
                """,
            new DiagnosticResult(MixedDataCentersAnalyzer.Rule).WithLocation(0).WithLocation(1)
                .WithArguments("api.customer.io", "US", "EU", "track-eu.customer.io", "this type"));

        [Fact]
        public Task HostsChosenAtRunTimeOneDataCentreAndSeparateTypesAreSilent() => Verify("""
            class Regional
            {
                readonly bool eu;

                Regional(bool eu) => this.eu = eu;

                string TrackHost => eu ? TrackApiHosts.EU : TrackApiHosts.US;

                string AppHost() { switch (eu) { case true: return "https://api-eu.customer.io"; default: return "https://api.customer.io"; } }
            }

            class UsOnly
            {
                string track = TrackApiHosts.US;
                string app = "https://api.customer.io/v1";
                string docs = "https://docs.customer.io/api/track/";
                string other = "https://track-eu.example.com";
            }

            class EuOnly
            {
                string track = "https://track-eu.customer.io";
            }

            static class HostTable
            {
                public const string TrackUs = "https://track.customer.io";
                public const string TrackEu = "https://track-eu.customer.io";
                public static readonly System.Collections.Generic.Dictionary<string, string> AppByRegion = new() { ["us"] = "https://api.customer.io", ["eu"] = "https://api-eu.customer.io" };
                public static readonly string[] All = { "https://cdp.customer.io", "https://cdp-eu.customer.io" };
                public static readonly System.Collections.Generic.List<string> Beta = ["https://beta-api.customer.io", "https://beta-api-eu.customer.io"];
            }
            """);

        [Fact]
        public Task LookAlikeHostsAreSilent() => Verify("""
            class Lookalikes
            {
                string a = "https://track.customer.io.example.com";
                string b = "https://mytrack-eu.customer.iox.net";
                string c = "https://api.customer.io";
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyAnalyzer<MixedDataCentersAnalyzer>.Analyzer(LookAlikes.Sending("string", "\"track-eu\""));

        [Fact]
        public Task FixSwitchesLiteralsInterpolationsAndLibraryConstantsWithFixAll() => VerifyAnalyzer<MixedDataCentersAnalyzer>.Fix<UseOneDataCenterCodeFix>(Usings + """
            class Crm
            {
                string track = "https://track-eu.customer.io";
                string pipelines = "https://cdp-eu.customer.io/v1";
                string cdn = "https://track-eu.customer.io/api/v2";
                string batch = "https://track-eu.customer.io/api/v2/batch";
                string app = {|CIO2004:"https://api.customer.io"|};
                string Url(string id) => $"{|CIO2004:https://api.customer.io/v1/customers/|}{id}/attributes";
                string Host = {|CIO2004:AppApiHosts.US|};
            }
            """, Usings + """
            class Crm
            {
                string track = "https://track-eu.customer.io";
                string pipelines = "https://cdp-eu.customer.io/v1";
                string cdn = "https://track-eu.customer.io/api/v2";
                string batch = "https://track-eu.customer.io/api/v2/batch";
                string app = "https://api-eu.customer.io";
                string Url(string id) => $"https://api-eu.customer.io/v1/customers/{id}/attributes";
                string Host = AppApiHosts.EU;
            }
            """);

        [Fact]
        public Task ConstantsMadeOfOtherConstantsAndUsingStaticCount() => Verify("""
            using static CustomerIO.Net.Sdk.TrackApi.TrackApiHosts;

            static class EuEndpoints
            {
                public const string Track = EU;
                public const string Events = Track + "/api/v1/events";
            }

            static class UsEndpoints
            {
                public const string Region = "https://api.customer.io";
                public const string Send = Region + "/v1/send/email";
            }

            class Jobs
            {
                string events = {|CIO2004:EuEndpoints.Events|};
                string send = {|CIO2004:UsEndpoints.Send|};
            }

            class Imports
            {
                string track = {|CIO2004:EU|};
                string app = {|CIO2004:AppApiHosts.US|};
            }
            """);

        [Fact]
        public async Task ConstantsOfAnotherAssemblyCount()
        {
            var test = new CioTest<EmptyCodeFixProvider>(TestSubject.Of(new MixedDataCentersAnalyzer()))
            {
                TestCode = """
                    class Sync
                    {
                        string track = {|CIO2004:Acme.Shared.Hosts.TrackEu|};
                        string app = {|CIO2004:Acme.Shared.Hosts.AppUs|};
                        string other = Acme.Shared.Hosts.Name;
                    }
                    """,
            };
            test.TestState.AdditionalReferences.Add(await CompiledLibraryAsync("""
                namespace Acme.Shared
                {
                    public static class Hosts
                    {
                        public const string TrackEu = "https://track-eu.customer.io";
                        public const string AppUs = "https://API.customer.io";
                        public const string Name = "acme";
                    }
                }
                """));
            await test.RunAsync();
        }

        [Fact]
        public Task PartsInOtherDocumentsCountAndEachReportsItsOwnHosts()
        {
            var test = new CioTest<EmptyCodeFixProvider>(TestSubject.Of(new MixedDataCentersAnalyzer()))
            {
                TestCode = """
                    partial class Crm
                    {
                        string track = {|CIO2004:"https://track-eu.customer.io"|};
                    }
                    """,
            };
            test.TestState.Sources.Add(("Second.cs", """
                partial class Crm
                {
                    string app = "https://api.customer.io";
                    string pipelines = "https://cdp.customer.io";
                }

                class Separate
                {
                    string app = "https://api-eu.customer.io";
                }
                """));
            test.TestState.Sources.Add(("Crm.g.cs", """
                // <auto-generated/>
                partial class Crm
                {
                    string one = "https://track-eu.customer.io";
                    string two = "https://track-eu.customer.io";
                }
                """));
            return test.RunAsync();
        }

        [Fact]
        public async Task AnUnfinishedConstantDeclarationIsSkipped()
        {
            // Found by the crash-safety run: a declarator without a name gave an empty constant name, and the search for
            // an empty name in the text never advanced.
            var test = new CioTest<EmptyCodeFixProvider>(TestSubject.Of(new MixedDataCentersAnalyzer()))
            {
                TestCode = """
                    static class Hosts
                    {
                        public const {|CS0246:Track|} {|CS1001:=|} "https://track.customer.io";
                        public const string Eu = "https://track-eu.customer.io";
                    }

                    class Sync
                    {
                        string track = {|CIO2004:Hosts.Eu|};
                        string app = {|CIO2004:"https://api.customer.io"|};
                    }
                    """,
            };
            using var timeout = new System.Threading.CancellationTokenSource(System.TimeSpan.FromSeconds(60));
            await test.RunAsync(timeout.Token);
        }

        private static async Task<Microsoft.CodeAnalysis.MetadataReference> CompiledLibraryAsync(string source)
        {
            var references = await Microsoft.CodeAnalysis.Testing.ReferenceAssemblies.Net.Net80.ResolveAsync(Microsoft.CodeAnalysis.LanguageNames.CSharp, default);
            var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
                "Acme.Shared", new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source) }, references,
                new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
            using var image = new System.IO.MemoryStream();
            var emitted = compilation.Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            return Microsoft.CodeAnalysis.MetadataReference.CreateFromImage(image.ToArray());
        }
    }
}
