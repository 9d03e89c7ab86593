using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.Rules.RestSharp
{
    /// <summary>
    /// The credential rules on RestSharp: HttpBasicAuthenticator(siteId, trackApiKey) given to a Track API client,
    /// JwtAuthenticator(appApiKey) or a Bearer Authorization header on an App API request.
    /// </summary>
    public class CredentialsRestSharpTests
    {
        // Shaped like real keys, made up.
        private const string SiteId = "a3f9c2e81b7d4f06e5c9";
        private const string TrackKey = "9e4b7a2c5d8f1e3a6b0c";
        private const string AppKey = "7c2e9f4a1b8d3e6f0a5c9b2d8e1f4a7c";

        [Fact]
        public Task CurrentCredentialsInSource() => VerifyRule<CredentialInSourceRule>.Analyzer($$"""
            using RestSharp;
            using RestSharp.Authenticators;

            class Clients
            {
                RestClient Track() => new(new RestClientOptions("https://track.customer.io/api/v1")
                {
                    Authenticator = new HttpBasicAuthenticator({|CIO2002:"{{SiteId}}"|}, {|CIO2002:"{{TrackKey}}"|}),
                });

                RestClient App() => new(new RestClientOptions { BaseUrl = new Uri("https://api.customer.io/v1"), Authenticator = new JwtAuthenticator({|CIO2002:"{{AppKey}}"|}) });
            }
            """);

        [Fact]
        public Task ClassicCredentialsInSource() => VerifyRule<CredentialInSourceRule>.Analyzer($$"""
            using RestSharp;
            using RestSharp.Authenticators;

            class Clients
            {
                IRestClient Track()
                {
                    var client = new RestClient("https://track.customer.io/api/v1");
                    client.Authenticator = new HttpBasicAuthenticator({|CIO2002:"{{SiteId}}"|}, {|CIO2002:"{{TrackKey}}"|});
                    return client;
                }

                IRestClient App() => new RestClient("https://api.customer.io/v1") { Authenticator = new JwtAuthenticator({|CIO2002:"{{AppKey}}"|}) };
            }
            """, StandIns.RestSharpClassic);

        [Fact]
        public Task BearerHeaderOnAnAppRequest() => VerifyRule<MaybeMissingCredentialRule>.Analyzer("""
            using RestSharp;

            class Mail
            {
                async Task Send(IConfiguration configuration, string userId)
                {
                    var client = new RestClient("https://api.customer.io/v1");
                    var request = new RestRequest("send/email", Method.Post)
                        .AddHeader("Authorization", $"Bearer {{|CIO2001:configuration["CustomerIO:AppApiKey"]|}}")
                        .AddJsonBody(new { transactional_message_id = 3, identifiers = new { id = userId } });
                    var response = await client.ExecuteAsync(request);
                    Console.WriteLine(response.StatusCode);
                }
            }
            """);

        [Fact]
        public Task ClientTiedByItsTypeWhenMadeElsewhere() => VerifyRule<CredentialInSourceRule>.Analyzer($$"""
            using RestSharp;
            using RestSharp.Authenticators;

            class TrackGateway
            {
                private const string Host = "https://track.customer.io/api/v1";
                private readonly RestClient client;

                public TrackGateway(RestClient client)
                {
                    this.client = client;
                    var request = new RestRequest("customers/u1", Method.Put) { Authenticator = new HttpBasicAuthenticator({|CIO2002:"{{SiteId}}"|}, {|CIO2002:"{{TrackKey}}"|}) };
                }
            }
            """);

        [Fact]
        public Task MissingCredentialsFromConfiguration() => VerifyRule<MaybeMissingCredentialRule>.Analyzer("""
            using RestSharp;
            using RestSharp.Authenticators;

            class Clients
            {
                RestClient Track(IConfiguration configuration) => new(new RestClientOptions("https://track.customer.io/api/v1")
                {
                    Authenticator = new HttpBasicAuthenticator({|CIO2001:configuration["CustomerIO:SiteId"]|}!, {|CIO2001:Environment.GetEnvironmentVariable("CUSTOMERIO_API_KEY")|}!),
                });
            }
            """);

        [Fact]
        public Task OptionsBuiltInALocal() => VerifyRule<MaybeMissingCredentialRule>.Analyzer("""
            using RestSharp;
            using RestSharp.Authenticators;

            class Clients
            {
                RestClient Track(IConfiguration configuration)
                {
                    var options = new RestClientOptions();
                    options.BaseUrl = new Uri("https://track.customer.io/api/v1");
                    options.Authenticator = new HttpBasicAuthenticator("site", {|CIO2001:configuration["CustomerIO:ApiKey"]|}!);
                    var stripe = new RestClientOptions("https://api.stripe.com/v1");
                    stripe.Authenticator = new HttpBasicAuthenticator("account", configuration["Stripe:ApiKey"]!);
                    return new RestClient(options);
                }
            }
            """);

        [Fact]
        public Task ClassicMissingCredentials() => VerifyRule<MaybeMissingCredentialRule>.Analyzer("""
            using RestSharp;
            using RestSharp.Authenticators;

            class Clients
            {
                IRestClient App(IConfiguration configuration)
                {
                    var client = new RestClient("https://api.customer.io/v1");
                    client.Authenticator = new JwtAuthenticator({|CIO2001:configuration["CustomerIO:AppApiKey"]|});
                    return client;
                }
            }
            """, StandIns.RestSharpClassic);

        [Fact]
        public Task KeysMixedUp() => VerifyRule<MixedUpCredentialRule>.Analyzer("""
            using RestSharp;
            using RestSharp.Authenticators;

            class Clients
            {
                RestClient Track(IConfiguration configuration) => new(new RestClientOptions("https://track.customer.io/api/v1")
                {
                    Authenticator = new HttpBasicAuthenticator(configuration["CustomerIO:SiteId"]!, {|CIO2003:configuration["CustomerIO:AppApiKey"]|}!),
                });

                RestClient App(IConfiguration configuration)
                    => new(new RestClientOptions("https://api.customer.io") { Authenticator = new JwtAuthenticator({|CIO2003:configuration["CustomerIO:TrackApiKey"]|}!) });
            }
            """);

        [Fact]
        public Task OtherHostsAndOwnAuthenticatorsAreSilent() => VerifyRule<CredentialInSourceRule>.Analyzer($$"""
            using RestSharp;
            using RestSharp.Authenticators;

            namespace Acme
            {
                class Clients
                {
                    RestSharp.RestClient Stripe() => new(new RestClientOptions("https://api.stripe.com/v1") { Authenticator = new RestSharp.Authenticators.HttpBasicAuthenticator("{{SiteId}}", "{{TrackKey}}") });

                    RestSharp.RestClient Configured(IConfiguration configuration)
                        => new(new RestClientOptions(configuration["Crm:Url"]!) { Authenticator = new JwtAuthenticator("{{AppKey}}") });

                    object Own() => new HttpBasicAuthenticator("{{SiteId}}", "{{TrackKey}}");

                    // A Basic authenticator on the App API, a Bearer one on the Track API: not these credentials.
                    RestSharp.RestClient AppWithBasic() => new(new RestClientOptions("https://api.customer.io/v1") { Authenticator = new RestSharp.Authenticators.HttpBasicAuthenticator("{{SiteId}}", "{{TrackKey}}") });
                }

                class HttpBasicAuthenticator
                {
                    public HttpBasicAuthenticator(string username, string password) { }
                }
            }
            """);
    }
}
