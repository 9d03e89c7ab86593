using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.Robustness
{
    /// <summary>The cheap tests that skip work before folding a URL must never skip a Customer.io URL.</summary>
    public class RawHttpPrefilterTests
    {
        private const string Usings = """
            using System.Net.Http;
            using System.Threading.Tasks;

            """;

        [Fact]
        public Task HostFromAConstantOfAnotherType() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer(Usings + """
            static class Hosts
            {
                public const string Track = "https://track.customer.io";
            }

            class Sync
            {
                Task Run(HttpClient http) => http.DeleteAsync({|CIO1002:Hosts.Track + "/api/v1/customers/" + ""|});
            }
            """);

        [Fact]
        public Task LiteralHostWithPortOrSplitAcrossLiterals() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer(Usings + """
            class Sync
            {
                async Task Run(HttpClient http)
                {
                    await http.DeleteAsync({|CIO1002:"https://track.customer.io:443/api/v1/customers/" + ""|});
                    await http.DeleteAsync({|CIO1002:"https://track" + ".customer.io/api/v1/customers/" + ""|});
                    await http.DeleteAsync({|CIO1002:$"https://track.customer.io/api/v1/customers/{""}"|});
                }
            }
            """);

        [Fact]
        public Task EveryLiteralFormAndLocalConstant() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer(Usings + """"
            class Sync
            {
                async Task Run(HttpClient http)
                {
                    const string local = "https://track.customer.io/api/v1/customers/";
                    await http.DeleteAsync({|CIO1002:@"https://track.customer.io/api/v1/customers/" + ""|});
                    await http.DeleteAsync({|CIO1002:"""https://track.customer.io/api/v1/customers/""" + ""|});
                    await http.DeleteAsync({|CIO1002:$"""https://track.customer.io/api/v1/customers/{""}"""|});
                    await http.DeleteAsync({|CIO1002:$@"https://track.customer.io/api/v1/customers/{""}"|});
                    await http.DeleteAsync({|CIO1002:local + ""|});
                    await http.DeleteAsync("""https://api.example.com/api/v1/customers/""" + "");
                }
            }
            """");

        [Fact]
        public Task OtherHostsWithTheSamePath() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer(Usings + """
            class Sync
            {
                async Task Run(HttpClient http)
                {
                    await http.DeleteAsync("https://track.customer.io.example.com/api/v1/customers/" + "");
                    await http.DeleteAsync($"https://example.com/track.customer.io/api/v1/customers/{""}");
                }
            }
            """);

        [Fact]
        public Task UrlFoundByItsParameterWhateverTheArgumentOrder() => VerifyRule<EmptyCustomerIdentifierRule>.Analyzer(Usings + """
            using System.Net.Http.Json;

            class Sync
            {
                async Task Run(HttpClient http)
                {
                    await http.PostAsJsonAsync(value: new { name = "paid" }, requestUri: {|CIO1002:"https://track.customer.io/api/v1/customers//events"|});
                    using var request = new HttpRequestMessage(requestUri: {|CIO1002:"https://api.customer.io/v1/customers//attributes"|}, method: HttpMethod.Get);
                    await Lookalike.PostAsJsonAsync(requestUri: "https://track.customer.io/api/v1/customers//events", value: 1);
                }
            }

            static class Lookalike
            {
                public static Task PostAsJsonAsync(string requestUri, int value) => Task.CompletedTask;
            }
            """);
    }
}
