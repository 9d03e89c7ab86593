using System.Threading.Tasks;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class MixedUpCredentialRuleTests
    {
        /// <summary>The namespaces these tests use beyond an SDK project's implicit usings.</summary>
        private const string Usings = """
            using System.Net.Http.Headers;

            """;

        private static Task Verify(string code) => VerifyRule<MixedUpCredentialRule>.Analyzer(Usings + code);

        [Fact]
        public Task AppKeyGivenToCustomerIoSharp() => Verify("""
            using CustomerIOSharp;

            class Setup
            {
                CustomerIo Create(IConfiguration configuration)
                {
                    var key = {|CIO2003:Environment.GetEnvironmentVariable("CUSTOMERIO_APP_API_KEY")|} ?? throw new InvalidOperationException("CUSTOMERIO_APP_API_KEY is not set");
                    return new CustomerIo(configuration["CustomerIO:SiteId"]!, key);
                }
            }
            """);

        [Fact]
        public Task TrackCredentialsGivenToTheAppApiOfCustomerIoSharp() => VerifyRule<MixedUpCredentialRule>.Analyzer(Usings + """
            using CustomerIOSharp;

            class Setup
            {
                AppApi Create(IConfiguration configuration) => new AppApi({|CIO2003:configuration["CustomerIO:TrackApiKey"]|}!);
            }
            """, StandIns.CustomerIoSharpTrackAndAppApi);

        [Fact]
        public Task NetSdkClientsAndOptions() => Verify("""
            using CustomerIO.Net.Sdk.TrackApi;
            using CustomerIO.Net.Sdk.AppApi;

            class Setup
            {
                void Run(IConfiguration configuration)
                {
                    var track = new CustomerIOTrackApiClient(new TrackApiOptions { ApiKey = {|CIO2003:configuration.GetValue<string>("CustomerIo:AppApiKey")|}! });
                    var app = new CustomerIOAppApiClient({|CIO2003:configuration.GetSection("CustomerIO:SiteId").Value|}!);
                    var app2 = new CustomerIOAppApiClient(new AppApiOptions { ApiKey = {|CIO2003:Environment.GetEnvironmentVariable("CUSTOMERIO_TRACK_API_KEY")|}! });
                }
            }
            """);

        [Fact]
        public Task BasicAuthOfACustomerIoTrackClient() => Verify("""
            class TrackClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };

                TrackClient(IConfiguration configuration)
                {
                    var siteId = configuration["CustomerIO:SiteId"];
                    var apiKey = {|CIO2003:configuration["CustomerIO:AppApiKey"]|};
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{siteId}:{apiKey}")));
                }
            }
            """);

        [Fact]
        public Task AuthorizationHeaders() => Verify("""
            using Microsoft.Extensions.DependencyInjection;

            class Messages
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://api.customer.io/v1/") };

                void Authorize(IConfiguration configuration)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", {|CIO2003:configuration["CustomerIO:TrackApiKey"]|});
                    http.DefaultRequestHeaders.Add("Authorization", $"Bearer {{|CIO2003:configuration["CustomerIO:SiteId"]|}}");
                }
            }

            class Sync(IHttpClientFactory factory)
            {
                void Authorize(IConfiguration configuration)
                {
                    var track = factory.CreateClient("cio-track");
                    track.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{configuration["CustomerIO:SiteId"]}:{{|CIO2003:configuration["CustomerIO:AppApiKey"]|}}")));
                }
            }

            static class Registration
            {
                public static void Add(IServiceCollection services)
                    => services.AddHttpClient("cio-track", c => c.BaseAddress = new Uri("https://track.customer.io/api/v1/"));
            }
            """);

        [Fact]
        public Task ConfiguredWrapper() => VerifyRule<MixedUpCredentialRule>.AnalyzerWithApiFile("""
            namespace Acme.Crm
            {
                public sealed class CustomerIoGateway
                {
                    public CustomerIoGateway(string siteId, string apiKey) { }
                }

                class Setup
                {
                    CustomerIoGateway Create() => new CustomerIoGateway(
                        System.Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID")!,
                        {|CIO2003:System.Environment.GetEnvironmentVariable("CIO_APP_KEY")|}!);
                }
            }
            """, """
            site-id        M:Acme.Crm.CustomerIoGateway.#ctor(System.String,System.String) siteId
            track-api-key  M:Acme.Crm.CustomerIoGateway.#ctor(System.String,System.String) apiKey
            """);

        [Fact]
        public Task MatchingAmbiguousAndUnrelatedNamesAreSilent() => Verify("""
            using CustomerIOSharp;
            using CustomerIO.Net.Sdk.AppApi;
            using CustomerIO.Net.Sdk.PipelinesApi;

            class Setup
            {
                void Run(IConfiguration configuration, string name)
                {
                    new CustomerIo(Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID")!, Environment.GetEnvironmentVariable("CUSTOMERIO_TRACK_API_KEY")!);
                    new CustomerIo(configuration["CustomerIO:SiteId"]!, configuration["CustomerIO:ApiKey"]!);
                    new CustomerIo(configuration["SITE_ID"]!, configuration["WhatsAppKey"]!);
                    new CustomerIo(configuration["SITE_ID"]!, configuration["APP_KEY"]!);
                    new CustomerIo(configuration["SITE_ID"]!, configuration["MyAppApiKey"]!);
                    new CustomerIo(configuration["SITE_ID"]!, configuration["TrackApiKey_AppApiKey"]!);
                    new CustomerIo(configuration["SITE_ID"]!, Environment.GetEnvironmentVariable(name)!);
                    new CustomerIOAppApiClient(Environment.GetEnvironmentVariable("CUSTOMERIO_APP_API_KEY")!);
                    new CustomerIOAppApiClient(configuration["CustomerIo:AppKey"]!);
                    new CustomerIOPipelinesApiClient(configuration["CustomerIO:TrackApiKey"]!);
                }
            }
            """);

        [Fact]
        public Task LookAlikesAreSilent() => Verify("""
            class CustomerIo { public CustomerIo(string siteId, string apiKey) { } }

            class Setup
            {
                void Run(IConfiguration configuration)
                {
                    new CustomerIo(configuration["CustomerIO:SiteId"]!, configuration["CustomerIO:AppApiKey"]!);
                    Console.WriteLine(configuration["CustomerIO:AppApiKey"]);
                }
            }
            """);

        [Fact]
        public Task TheSharedLookAlikesAreSilent() => VerifyRule<MixedUpCredentialRule>.Analyzer(LookAlikes.Sending("string", "Environment.GetEnvironmentVariable(\"CUSTOMERIO_APP_API_KEY\")!"));

        [Fact]
        public Task ReportedOnTheSettingReadWithTheClientCreation() => VerifyRule<MixedUpCredentialRule>.Placement(
            Usings + """
                class Setup
                {
                    CustomerIOSharp.CustomerIo Create(string siteId)
                    {
                        var key = {|#0:Environment.GetEnvironmentVariable("CUSTOMERIO_APP_API_KEY")|}!;
                        return {|#1:new CustomerIOSharp.CustomerIo(siteId, key)|};
                    }
                }
                """,
            new DiagnosticResult(MixedUpCredentialRule.Rule).WithLocation(0).WithLocation(1)
                .WithArguments("Environment.GetEnvironmentVariable(\"CUSTOMERIO_APP_API_KEY\")", "the App API key", "new CustomerIo(apiKey)", "Track API key"));
    }
}
