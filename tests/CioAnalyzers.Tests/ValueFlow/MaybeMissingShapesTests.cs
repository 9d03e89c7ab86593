using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.ValueFlow
{
    /// <summary>CIO2001 through constructor parameters, primary-constructor captures, records, lambdas and interfaces.</summary>
    public class MaybeMissingShapesTests
    {
        private static Task Verify(string code) => VerifyRule<MaybeMissingCredentialRule>.Analyzer(code);

        [Fact]
        public Task CapturesAndConstructorParametersFollowEveryConstruction() => Verify("""
            using Microsoft.Extensions.Configuration;

            class Sender(string? key)
            {
                public CustomerIOSharp.CustomerIo Client() => {|CIO2001:new CustomerIOSharp.CustomerIo("site", key)|};
            }

            class Held
            {
                private readonly string? key;

                public Held(string? key) => this.key = key;

                public CustomerIOSharp.CustomerIo Client() => {|CIO2001:new CustomerIOSharp.CustomerIo("site", key)|};
            }

            class Guarded(string? key)
            {
                private readonly string checkedKey = key ?? throw new InvalidOperationException("CustomerIO:ApiKey is not set");

                public CustomerIOSharp.CustomerIo Client() => new CustomerIOSharp.CustomerIo("site", key);
            }

            class Checked
            {
                private readonly string? key;

                public Checked(string? key)
                {
                    ArgumentException.ThrowIfNullOrEmpty(key);
                    this.key = key;
                }

                public CustomerIOSharp.CustomerIo Client() => new CustomerIOSharp.CustomerIo("site", key);
            }

            class Disagree(string? key)
            {
                public CustomerIOSharp.CustomerIo Client() => new CustomerIOSharp.CustomerIo("site", key);
            }

            class Unbuilt(string? key)
            {
                public CustomerIOSharp.CustomerIo Client() => new CustomerIOSharp.CustomerIo("site", key);
            }

            class Composition(IConfiguration configuration)
            {
                object[] Build() => new object[]
                {
                    new Sender(configuration["CustomerIO:ApiKey"]),
                    new Sender(Environment.GetEnvironmentVariable("CUSTOMERIO_API_KEY")),
                    new Held(configuration["CustomerIO:ApiKey"]),
                    new Guarded(configuration["CustomerIO:ApiKey"]),
                    new Checked(configuration["CustomerIO:ApiKey"]),
                    new Disagree(configuration["CustomerIO:ApiKey"]),
                    new Disagree("key"),
                };
            }
            """);

        [Fact]
        public Task RecordsLambdasAndImplementations() => Verify("""
            using Microsoft.Extensions.Configuration;

            record Credentials(string? SiteId, string? ApiKey);

            interface IKeys
            {
                string? ApiKey();
            }

            class ConfiguredKeys(IConfiguration configuration) : IKeys
            {
                public string? ApiKey() => configuration["CustomerIO:ApiKey"];
            }

            class Clients(IConfiguration configuration)
            {
                CustomerIOSharp.CustomerIo[] Build(IKeys keys)
                {
                    var credentials = new Credentials("site", {|CIO2001:configuration["CustomerIO:ApiKey"]|});
                    var safe = new Credentials("site", configuration["CustomerIO:ApiKey"] ?? throw new InvalidOperationException("CustomerIO:ApiKey is not set"));
                    Func<string?> read = () => {|CIO2001:Environment.GetEnvironmentVariable("CUSTOMERIO_API_KEY")|};
                    Func<string?, string?> pass = k => k;
                    return new[]
                    {
                        new CustomerIOSharp.CustomerIo("site", credentials.ApiKey),
                        new CustomerIOSharp.CustomerIo("site", safe.ApiKey),
                        new CustomerIOSharp.CustomerIo("site", read()),
                        new CustomerIOSharp.CustomerIo("site", pass({|CIO2001:configuration["CustomerIO:ApiKey"]|})),
                        new CustomerIOSharp.CustomerIo("site", pass("key")),
                        {|CIO2001:new CustomerIOSharp.CustomerIo("site", keys.ApiKey())|},
                    };
                }
            }
            """);

        [Fact]
        public Task LookAlikeClientIsSilent() => Verify("""
            using Microsoft.Extensions.Configuration;

            namespace CustomerIOSharp.Mine
            {
                class CustomerIo { public CustomerIo(string? siteId, string? apiKey) { } }

                class Sender(string? key)
                {
                    public CustomerIo Client() => new CustomerIo("site", key);
                }

                class Composition(IConfiguration configuration)
                {
                    Sender Build() => new Sender(configuration["CustomerIO:ApiKey"]);
                }
            }
            """);
    }
}
