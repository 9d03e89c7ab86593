using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.ValueFlow
{
    /// <summary>CIO2001 follows a configuration read kept in a helper, property or field to the credential it becomes.</summary>
    public class MaybeMissingAcrossMembersTests
    {
        private static Task Verify(string code) => VerifyRule<MaybeMissingCredentialRule>.Analyzer(code);

        [Fact]
        public Task EveryShape() => Verify("""
            using Microsoft.Extensions.Configuration;

            class Clients
            {
                private static readonly string? SiteId = Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID");
                private readonly IConfiguration configuration;
                private readonly string? apiKey;

                public Clients(IConfiguration configuration)
                {
                    this.configuration = configuration;
                    apiKey = configuration["CustomerIO:ApiKey"];
                    Stored = configuration["CustomerIO:SiteId"];
                }

                public string? Stored { get; }

                private string? Key => configuration["CustomerIO:ApiKey"];

                private string? Held { get; } = Environment.GetEnvironmentVariable("CUSTOMERIO_API_KEY");

                private string? ReadKey()
                {
                    var key = configuration["CustomerIO:ApiKey"];
                    return key;
                }

                CustomerIOSharp.CustomerIo[] Build() => new[]
                {
                    {|CIO2001:new CustomerIOSharp.CustomerIo(SiteId, "key")|},
                    {|CIO2001:new CustomerIOSharp.CustomerIo(siteId: "site", apiKey: apiKey)|},
                    {|CIO2001:new CustomerIOSharp.CustomerIo("site", apiKey)|},
                    {|CIO2001:new CustomerIOSharp.CustomerIo("site", Key)|},
                    {|CIO2001:new CustomerIOSharp.CustomerIo("site", Held)|},
                    {|CIO2001:new CustomerIOSharp.CustomerIo("site", ReadKey())|},
                    {|CIO2001:new CustomerIOSharp.CustomerIo(Stored, "key")|},
                };
            }
            """);

        [Fact]
        public Task AGetterItsTypeChecksIsSilent() => Verify("""
            using Microsoft.Extensions.Configuration;

            class Clients
            {
                private readonly IConfiguration configuration;

                public Clients(IConfiguration configuration)
                {
                    this.configuration = configuration;
                    if (string.IsNullOrEmpty(Key))
                    {
                        throw new InvalidOperationException("CustomerIO:ApiKey is not set");
                    }
                }

                private string? Key => configuration["CustomerIO:ApiKey"];

                private string? Unchecked => configuration["CustomerIO:ApiKey"];

                CustomerIOSharp.CustomerIo[] Build() => new[]
                {
                    new CustomerIOSharp.CustomerIo("site", Key),
                    {|CIO2001:new CustomerIOSharp.CustomerIo("site", Unchecked)|},
                };
            }
            """);

        [Fact]
        public Task GuardedOrDisagreeingMembersAreSilent() => Verify("""
            using Microsoft.Extensions.Configuration;

            class Clients
            {
                private readonly IConfiguration configuration;
                private readonly string checkedKey;
                private readonly string? testedKey;
                private readonly string? either;

                public Clients(IConfiguration configuration)
                {
                    this.configuration = configuration;
                    checkedKey = configuration["CustomerIO:ApiKey"] ?? throw new InvalidOperationException("CustomerIO:ApiKey is not set");
                    testedKey = configuration["CustomerIO:ApiKey"];
                    if (string.IsNullOrEmpty(testedKey))
                    {
                        throw new InvalidOperationException("CustomerIO:ApiKey is not set");
                    }

                    either = configuration["CustomerIO:ApiKey"];
                }

                public Clients(string key)
                {
                    configuration = null!;
                    checkedKey = key;
                    either = key;
                }

                private string? ReadKey()
                {
                    var key = configuration["CustomerIO:ApiKey"];
                    ArgumentException.ThrowIfNullOrEmpty(key);
                    return key;
                }

                // Followed to every override: this one and Fixed's disagree.
                protected virtual string? Virtual => configuration["CustomerIO:ApiKey"];

                CustomerIOSharp.CustomerIo[] Build() => new[]
                {
                    new CustomerIOSharp.CustomerIo("site", checkedKey),
                    new CustomerIOSharp.CustomerIo("site", testedKey),
                    new CustomerIOSharp.CustomerIo("site", either),
                    new CustomerIOSharp.CustomerIo("site", ReadKey()),
                    new CustomerIOSharp.CustomerIo("site", Virtual),
                };
            }

            class Fixed : Clients
            {
                public Fixed(IConfiguration configuration) : base(configuration)
                {
                }

                protected override string? Virtual => "site-key";
            }
            """);

        [Fact]
        public Task LookAlikeClientIsSilent() => Verify("""
            using Microsoft.Extensions.Configuration;

            namespace CustomerIOSharp.Mine
            {
                class CustomerIo { public CustomerIo(string? siteId, string? apiKey) { } }

                class Clients
                {
                    private readonly string? apiKey;

                    public Clients(IConfiguration configuration) => apiKey = configuration["CustomerIO:ApiKey"];

                    CustomerIo Build() => new CustomerIo("site", apiKey);
                }
            }
            """);

        [Fact]
        public Task BrokenCodeDoesNotThrow() => Verify("""
            using Microsoft.Extensions.Configuration;

            class Clients
            {
                private readonly string? apiKey = {|CS0103:missing|}["CustomerIO:ApiKey"];

                private string? Key() => {|CS0103:Unknown|}({|CS0103:configuration|}["x"]);

                static string? Loop() => Loop();

                CustomerIOSharp.CustomerIo[] Build() => new[]
                {
                    new CustomerIOSharp.CustomerIo("site", apiKey),
                    new CustomerIOSharp.CustomerIo("site", Key()),
                    new CustomerIOSharp.CustomerIo("site", Loop()),
                    new CustomerIOSharp.CustomerIo("site", {|CS0103:Nowhere|}()),
                };
            }
            """);
    }
}
