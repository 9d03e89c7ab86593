using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class CredentialInSourceRuleTests
    {
        /// <summary>The namespaces these tests use beyond an SDK project's implicit usings.</summary>
        private const string Usings = """
            using System.Net.Http.Headers;

            """;

        // Shaped like real keys (20 alphanumeric characters for a site id or Track key, 32 for an App key or write key), made up.
        private const string SiteId = "a3f9c2e81b7d4f06e5c9";
        private const string TrackKey = "9e4b7a2c5d8f1e3a6b0c";
        private const string AppKey = "7c2e9f4a1b8d3e6f0a5c9b2d8e1f4a7c";

        private static Task Verify(string code) => VerifyRule<CredentialInSourceRule>.Analyzer(Usings + code);

        [Fact]
        public Task AuthorizationHeaders() => Verify($$"""
            class Messages
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://api.customer.io/v1/") };

                void Authorize() => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", {|CIO2002:"{{AppKey}}"|});
            }

            class Payments
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://api.stripe.com/v1/") };

                void Authorize() => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "{{AppKey}}");
            }
            """);

        [Fact]
        public Task CustomerIoSharp() => Verify($$"""
            using CustomerIOSharp;

            class Setup
            {
                CustomerIo Create()
                {
                    var siteId = {|CIO2002:"{{SiteId}}"|};
                    return new CustomerIo(siteId, {|CIO2002:"{{TrackKey}}"|});
                }
            }
            """);

        [Fact]
        public Task CustomerIoSharpAppApi() => VerifyRule<CredentialInSourceRule>.Analyzer(Usings + $$"""
            using CustomerIOSharp;

            class Setup
            {
                const string AppKey = "{{AppKey}}";

                AppApi Create() => new AppApi({|CIO2002:AppKey|});
            }
            """, StandIns.CustomerIoSharpTrackAndAppApi);

        [Fact]
        public Task NetSdkSegmentAndRudderStack() => Verify($$"""
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIO.Net.Sdk.AppApi;

            class Setup
            {
                void Run()
                {
                    var track = new CustomerIOTrackApiClient(new TrackApiOptions { ApiKey = {|CIO2002:"{{TrackKey}}"|} });
                    var app = new CustomerIOAppApiClient({|CIO2002:"{{AppKey}}"|});
                    Segment.Analytics.Initialize({|CIO2002:"{{AppKey}}"|});
                    var rudder = new RudderStack.RudderClient({|CIO2002:"{{AppKey}}"|});
                }
            }
            """);

        [Fact]
        public Task ConfiguredWrapper() => VerifyRule<CredentialInSourceRule>.AnalyzerWithApiFile($$"""
            namespace Acme.Crm
            {
                public sealed class CustomerIoGateway
                {
                    public CustomerIoGateway(string siteId, string apiKey) { }
                }

                class Setup
                {
                    CustomerIoGateway Create() => new CustomerIoGateway({|CIO2002:"{{SiteId}}"|}, System.Environment.GetEnvironmentVariable("CUSTOMERIO_API_KEY")!);
                }
            }
            """, """
            site-id        M:Acme.Crm.CustomerIoGateway.#ctor(System.String,System.String) siteId
            track-api-key  M:Acme.Crm.CustomerIoGateway.#ctor(System.String,System.String) apiKey
            """);

        [Fact]
        public Task PlaceholdersAndSettingsAreSilent() => Verify("""
            using CustomerIOSharp;
            using CustomerIO.Net.Sdk.AppApi;

            class Setup
            {
                void Run(string fromVault)
                {
                    new CustomerIo("YOUR_SITE_ID", "YOUR_API_KEY");
                    new CustomerIo("<site id>", "xxx");
                    new CustomerIo("changeme", "test");
                    new CustomerIo("", "a3f9c2e8");
                    new CustomerIo("your site id goes here", "xxxxxxxxxxxxxxxxxxxxxxxx");
                    new CustomerIo("12345678901234567890", "abcdefghij0123456789");
                    new CustomerIo("testsite0a1b2c3d4e5f6", "ab12ab12ab12ab12ab12");
                    new CustomerIo("aaaaaaaaaaaaaaaa1aaaa", "apikey1234apikey1234");
                    new CustomerIo(Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID")!, fromVault);
                    new CustomerIOAppApiClient("a3f9c2e8-1b7d-4f06-e5c9-9e4b7a2c5d8f");
                }
            }
            """);

        [Fact]
        public Task LookAlikesAreSilent() => Verify($$"""
            class CustomerIo { public CustomerIo(string siteId, string apiKey) { } }

            class Setup
            {
                void Run(HttpClient http)
                {
                    new CustomerIo("{{SiteId}}", "{{TrackKey}}");
                    http.DefaultRequestHeaders.Add("X-Api-Key", "{{AppKey}}");
                    Console.WriteLine("{{AppKey}}");
                }
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<CredentialInSourceRule>.Analyzer(LookAlikes.Sending("string", $"\"{AppKey}\""));

        [Fact]
        public async Task TestProjectsAreSilent()
        {
            var test = new CioTest<EmptyCodeFixProvider>(TestSubject.Of(new CredentialInSourceRule()))
            {
                TestCode = Usings + $$"""
                    class Fixture
                    {
                        CustomerIOSharp.CustomerIo Client() => new CustomerIOSharp.CustomerIo("{{SiteId}}", "{{TrackKey}}");
                    }
                    """,
            };
            test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location));
            await test.RunAsync();
        }

        [Fact]
        public Task FixReadsEachCredentialFromItsVariableWithFixAll() => VerifyRule<CredentialInSourceRule>.Fix<ReadCredentialFromEnvironmentCodeFix>(Usings + $$"""
            using CustomerIOSharp;
            using CustomerIO.Net.Sdk.AppApi;

            class Setup
            {
                CustomerIo Create()
                {
                    var siteId = {|CIO2002:"{{SiteId}}"|};
                    return new CustomerIo(siteId, {|CIO2002:"{{TrackKey}}"|});
                }

                CustomerIOAppApiClient App() => new({|CIO2002:"{{AppKey}}"|});

                void Track() => Segment.Analytics.Initialize({|CIO2002:"{{AppKey}}"|});
            }
            """, Usings + """
            using CustomerIOSharp;
            using CustomerIO.Net.Sdk.AppApi;

            class Setup
            {
                CustomerIo Create()
                {
                    var siteId = Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID") ?? throw new InvalidOperationException("CUSTOMERIO_SITE_ID is not set");
                    return new CustomerIo(siteId, Environment.GetEnvironmentVariable("CUSTOMERIO_API_KEY") ?? throw new InvalidOperationException("CUSTOMERIO_API_KEY is not set"));
                }

                CustomerIOAppApiClient App() => new(Environment.GetEnvironmentVariable("CUSTOMERIO_APP_API_KEY") ?? throw new InvalidOperationException("CUSTOMERIO_APP_API_KEY is not set"));

                void Track() => Segment.Analytics.Initialize(Environment.GetEnvironmentVariable("SEGMENT_WRITE_KEY") ?? throw new InvalidOperationException("SEGMENT_WRITE_KEY is not set"));
            }
            """);

        [Fact]
        public Task NoFixForAConstant() => VerifyRule<CredentialInSourceRule>.NoFix<ReadCredentialFromEnvironmentCodeFix>(Usings + $$"""
            class Setup
            {
                const string SiteId = "{{SiteId}}";

                CustomerIOSharp.CustomerIo Create()
                {
                    const string apiKey = {|CIO2002:"{{TrackKey}}"|};
                    return new CustomerIOSharp.CustomerIo({|CIO2002:SiteId|}, apiKey);
                }
            }
            """);

        [Fact]
        public Task ReportedOnTheConstantWithTheClientCreation() => VerifyRule<CredentialInSourceRule>.Placement(
            Usings + $$"""
                class Setup
                {
                    CustomerIOSharp.CustomerIo Create(string siteId)
                    {
                        var apiKey = {|#0:"{{TrackKey}}"|};
                        return {|#1:new CustomerIOSharp.CustomerIo(siteId, apiKey)|};
                    }
                }
                """,
            new DiagnosticResult(CredentialInSourceRule.Rule).WithLocation(0).WithLocation(1).WithLocation(0)
                .WithArguments("Track API key", "new CustomerIo(apiKey)", "CUSTOMERIO_API_KEY"));
    }
}
