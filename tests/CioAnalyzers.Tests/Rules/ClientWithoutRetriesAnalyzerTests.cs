using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class ClientWithoutRetriesAnalyzerTests
    {
        private const string Usings = """
            using Microsoft.Extensions.DependencyInjection;

            """;

        private static Task Verify(string code) => VerifyAnalyzer<ClientWithoutRetriesAnalyzer>.Analyzer(Usings + code);

        [Fact]
        public Task NamedAndTypedClientsWithACustomerIoBaseAddress() => Verify("""
            class TrackClient
            {
                public TrackClient(HttpClient http) { }
            }

            static class Registration
            {
                const string AppHost = "https://api-eu.customer.io/v1/";

                public static void AddCustomerIo(IServiceCollection services)
                {
                    {|CIO3004:services.AddHttpClient<TrackClient>(c => c.BaseAddress = new Uri("https://track.customer.io/api/v1/"))|};
                    {|CIO3004:services.AddHttpClient("cio-app", c => { c.BaseAddress = new Uri(AppHost); c.Timeout = TimeSpan.FromSeconds(10); })|}
                        .SetHandlerLifetime(TimeSpan.FromMinutes(5));
                    {|CIO3004:services.AddHttpClient("cio-track")|}.ConfigureHttpClient(c => c.BaseAddress = new Uri("https://track-eu.customer.io/"));
                }
            }
            """);

        [Fact]
        public Task ClientsThatRetryOrMayAreSilent() => Verify("""
            class RetryHandler : DelegatingHandler { }

            static class Registration
            {
                public static void AddCustomerIo(IServiceCollection services)
                {
                    services.AddHttpClient("a", c => c.BaseAddress = new Uri("https://track.customer.io/")).AddStandardResilienceHandler();
                    services.AddHttpClient("b", c => c.BaseAddress = new Uri("https://api.customer.io/")).AddHttpMessageHandler<RetryHandler>();
                    var kept = services.AddHttpClient("c", c => c.BaseAddress = new Uri("https://track.customer.io/"));
                    kept.AddStandardResilienceHandler();
                }

                public static IHttpClientBuilder Returned(IServiceCollection services)
                    => services.AddHttpClient("d", c => c.BaseAddress = new Uri("https://track.customer.io/"));
            }
            """);

        [Fact]
        public Task OtherHostsAndConfiguredHostsAreSilent() => Verify("""
            static class Registration
            {
                public static void Add(IServiceCollection services, string configuredUrl)
                {
                    services.AddHttpClient("stripe", c => c.BaseAddress = new Uri("https://api.stripe.com/"));
                    services.AddHttpClient("configured", c => c.BaseAddress = new Uri(configuredUrl));
                    services.AddHttpClient("plain");
                    services.AddHttpClient("moved", c => c.BaseAddress = new Uri("https://track.customer.io/"))
                        .ConfigureHttpClient(c => c.BaseAddress = new Uri(configuredUrl));
                }
            }
            """);

        [Fact]
        public Task AnAppWideDefaultKeepsItSilent() => Verify("""
            static class Registration
            {
                public static void Add(IServiceCollection services)
                {
                    services.ConfigureHttpClientDefaults(b => b.SetHandlerLifetime(TimeSpan.FromMinutes(5)));
                    services.AddHttpClient("cio", c => c.BaseAddress = new Uri("https://track.customer.io/"));
                }
            }
            """);

        [Fact]
        public Task LookAlikesAreSilent() => Verify("""
            class Services
            {
                public Services AddHttpClient(string name, Action<HttpClient> configure) => this;
            }

            static class Registration
            {
                public static void Add(Services services)
                    => services.AddHttpClient("cio", c => c.BaseAddress = new Uri("https://track.customer.io/"));
            }
            """);

        [Fact]
        public Task ReportedOnTheRegistrationWithTheChainAsFixTarget() => VerifyAnalyzer<ClientWithoutRetriesAnalyzer>.Placement(
            Usings + """
            static class Registration
            {
                public static void Add(IServiceCollection services)
                {
                    {|#1:{|#0:services.AddHttpClient("cio", c => c.BaseAddress = new Uri("https://track.customer.io/"))|}
                        .SetHandlerLifetime(TimeSpan.FromMinutes(5))|};
                }
            }
            """,
            new DiagnosticResult(ClientWithoutRetriesAnalyzer.Rule).WithLocation(0).WithLocation(0).WithLocation(1).WithArguments("Track"));

        [Fact]
        public Task FixAppendsTheStandardHandlerToEachRegistration() => VerifyAnalyzer<ClientWithoutRetriesAnalyzer>.Fix<AddResilienceHandlerCodeFix>(Usings + """
            static class Registration
            {
                public static void Add(IServiceCollection services)
                {
                    {|CIO3004:services.AddHttpClient("track", c => c.BaseAddress = new Uri("https://track.customer.io/"))|}; // Track
                    {|CIO3004:services.AddHttpClient("app", c => c.BaseAddress = new Uri("https://api.customer.io/"))|}
                        .SetHandlerLifetime(TimeSpan.FromMinutes(5));
                }
            }
            """, Usings + """
            static class Registration
            {
                public static void Add(IServiceCollection services)
                {
                    services.AddHttpClient("track", c => c.BaseAddress = new Uri("https://track.customer.io/")).AddStandardResilienceHandler(); // Track
                    services.AddHttpClient("app", c => c.BaseAddress = new Uri("https://api.customer.io/"))
                        .SetHandlerLifetime(TimeSpan.FromMinutes(5)).AddStandardResilienceHandler();
                }
            }
            """);

        [Fact]
        public async Task NoFixWithoutTheResiliencePackage()
        {
            var test = new CioTest<AddResilienceHandlerCodeFix>(TestSubject.Of(new ClientWithoutRetriesAnalyzer()))
            {
                TestCode = Usings + """
                    static class Registration
                    {
                        public static void Add(IServiceCollection services)
                            => {|CIO3004:services.AddHttpClient("track", c => c.BaseAddress = new Uri("https://track.customer.io/"))|};
                    }
                    """,
            };
            test.TestState.AdditionalReferences.Remove(TestCompilation.Resilience);
            test.ExpectFix(test.TestState.Sources[0].content.ToString(), test.TestState.Sources[0].content.ToString());
            await test.RunAsync();
        }
    }
}
