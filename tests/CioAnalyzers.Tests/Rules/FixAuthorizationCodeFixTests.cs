using System.Threading.Tasks;
using CioAnalyzers.CodeFixes;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.Rules
{
    public class FixAuthorizationCodeFixTests
    {
        private const string Usings = """
            using System.Net.Http.Headers;

            """;

        private static Task Fix(string code, string fixedCode) => VerifyRule<MalformedAuthorizationRule>.Fix<FixAuthorizationCodeFix>(Usings + code, Usings + fixedCode);

        private static Task NoFix(string code) => VerifyRule<MalformedAuthorizationRule>.NoFix<FixAuthorizationCodeFix>(Usings + code);

        [Fact]
        public Task AppSchemeBecomesBearerEverywhereInTheDocument() => Fix("""
            class Messages
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://api.customer.io/v1/") };

                void Header(string appApiKey) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue({|CIO2005:"Basic"|}, appApiKey);

                void Interpolated(string appApiKey) => http.DefaultRequestHeaders.Add("Authorization", {|CIO2005:$"Basic {appApiKey}"|});

                void Concatenated(string appApiKey) => http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", {|CIO2005:"basic " + appApiKey|});
            }
            """, """
            class Messages
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://api.customer.io/v1/") };

                void Header(string appApiKey) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", appApiKey);

                void Interpolated(string appApiKey) => http.DefaultRequestHeaders.Add("Authorization", $"Bearer {appApiKey}");

                void Concatenated(string appApiKey) => http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + appApiKey);
            }
            """);

        [Fact]
        public Task TrackPairIsEncoded() => Fix("""
            class TrackClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };

                void RawPair(string siteId, string apiKey)
                    => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", {|CIO2005:$"{siteId}:{apiKey}"|});

                void RawPairInText(IConfiguration configuration, string apiKey)
                    => http.DefaultRequestHeaders.Add("Authorization", {|CIO2005:$"Basic {configuration["CustomerIO:SiteId"]}:{apiKey}"|});

                void Joined(string siteId, string apiKey) => http.DefaultRequestHeaders.Add("Authorization", {|CIO2005:$"Basic {siteId}{apiKey}"|});

                void Conditional(bool eu, string siteId, string euSiteId, string apiKey)
                    => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", {|CIO2005:(eu ? euSiteId : siteId) + ":" + apiKey|});
            }
            """, """
            class TrackClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };

                void RawPair(string siteId, string apiKey)
                    => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{siteId}:{apiKey}")));

                void RawPairInText(IConfiguration configuration, string apiKey)
                    => http.DefaultRequestHeaders.Add("Authorization", "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes($"{configuration["CustomerIO:SiteId"]}:{apiKey}")));

                void Joined(string siteId, string apiKey) => http.DefaultRequestHeaders.Add("Authorization", "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes($"{siteId}:{apiKey}")));

                void Conditional(bool eu, string siteId, string euSiteId, string apiKey)
                    => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{(eu ? euSiteId : siteId)}:{apiKey}")));
            }
            """);

        [Fact]
        public Task TrackKeyGetsTheOnlySiteIdInScope() => Fix("""
            class TrackClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };
                private readonly string siteId = Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID") ?? throw new InvalidOperationException();

                void RawKey(string apiKey) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", {|CIO2005:apiKey|});

                void Bearer(string trackApiKey) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue({|CIO2005:"Bearer"|}, trackApiKey);

                void KeyAlone(string apiKey) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", {|CIO2005:Convert.ToBase64String(Encoding.UTF8.GetBytes(apiKey))|});
            }
            """, """
            class TrackClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };
                private readonly string siteId = Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID") ?? throw new InvalidOperationException();

                void RawKey(string apiKey) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{siteId}:{apiKey}")));

                void Bearer(string trackApiKey) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{siteId}:{trackApiKey}")));

                void KeyAlone(string apiKey) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{siteId}:{apiKey}")));
            }
            """);

        [Fact]
        public Task SiteIdInScopeIsReadFromTheDeclarationsAroundTheHeader() => Fix("""
            abstract class Credentials
            {
                protected string SiteId { get; } = Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID")!;
            }

            class TrackClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };

                // Declared in another method, or after the header: not in scope there.
                void Elsewhere() { var euSiteId = "2"; _ = euSiteId; }

                void FromLocal(string apiKey)
                {
                    var siteId = Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID")!;
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", {|CIO2005:apiKey|});
                    var backupSiteId = "3";
                    _ = backupSiteId;
                }
            }

            class InheritedSiteId : Credentials
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };

                void FromBase(string apiKey) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", {|CIO2005:apiKey|});
            }
            """, """
            abstract class Credentials
            {
                protected string SiteId { get; } = Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID")!;
            }

            class TrackClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };

                // Declared in another method, or after the header: not in scope there.
                void Elsewhere() { var euSiteId = "2"; _ = euSiteId; }

                void FromLocal(string apiKey)
                {
                    var siteId = Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID")!;
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{siteId}:{apiKey}")));
                    var backupSiteId = "3";
                    _ = backupSiteId;
                }
            }

            class InheritedSiteId : Credentials
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };

                void FromBase(string apiKey) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{SiteId}:{apiKey}")));
            }
            """);

        [Fact]
        public Task NoFixWhenALocalAndAnInheritedSiteIdAreBothInScope() => NoFix("""
            abstract class Credentials
            {
                protected string SiteId { get; } = Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID")!;
            }

            class TrackClient : Credentials
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };

                void Both(string apiKey)
                {
                    foreach (var euSiteId in new[] { "1" })
                    {
                        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", {|CIO2005:apiKey|});
                    }
                }
            }
            """);

        [Fact]
        public Task WrittenWithoutImplicitUsings() => VerifyRule<MalformedAuthorizationRule>.FixWithoutImplicitUsings<FixAuthorizationCodeFix>("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;

            class TrackClient
            {
                private readonly HttpClient http = new HttpClient { BaseAddress = new Uri("https://track.customer.io/api/v1/") };

                void RawPair(string siteId, string apiKey)
                    => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", {|CIO2005:siteId + ":" + apiKey|});
            }
            """, """
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;

            class TrackClient
            {
                private readonly HttpClient http = new HttpClient { BaseAddress = new Uri("https://track.customer.io/api/v1/") };

                void RawPair(string siteId, string apiKey)
                    => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes($"{siteId}:{apiKey}")));
            }
            """);

        [Fact]
        public Task NoFixWithoutBothValues() => NoFix("""
            class TrackClient
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://track.customer.io/api/v1/") };

                // Two site ids in scope: which one is meant is not known.
                void TwoSiteIds(string siteId, string euSiteId, string apiKey)
                    => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", {|CIO2005:apiKey|});

                // No site id in scope.
                void NoSiteId(string apiKey) => http.DefaultRequestHeaders.Add("Authorization", {|CIO2005:$"Basic {apiKey}"|});

                // The key lies outside the header: it is not written again there.
                void KeyElsewhere(string siteId, string apiKey)
                {
                    var token = Convert.ToBase64String(Encoding.UTF8.GetBytes(apiKey));
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", {|CIO2005:token|});
                }

                void SchemeTwice(string siteId, string token) => http.DefaultRequestHeaders.Add("Authorization", {|CIO2005:$"Basic Basic {token}"|});
            }

            class Messages
            {
                private readonly HttpClient http = new() { BaseAddress = new Uri("https://api.customer.io/v1/") };

                void EncodedPair(string siteId, string apiKey)
                    => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", {|CIO2005:Convert.ToBase64String(Encoding.UTF8.GetBytes($"{siteId}:{apiKey}"))|});

                // The scheme comes from a constant elsewhere: the fix does not rewrite it.
                const string Scheme = "Basic";

                void SchemeConstant(string appApiKey) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue({|CIO2005:Scheme|}, appApiKey);
            }
            """);
    }
}
