using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.ValueFlow
{
    /// <summary>CIO2003 on a setting read in another member: every value of the member must read the same setting.</summary>
    public class SettingReadShapesTests
    {
        [Fact]
        public Task SettingReadInAPropertyOrCapture() => VerifyRule<MixedUpCredentialRule>.Analyzer("""
            using CustomerIOSharp;

            class Setup(IConfiguration configuration)
            {
                private string AppKey => configuration["CustomerIO:AppApiKey"]!;

                private string Either(bool app) => app ? configuration["CustomerIO:AppApiKey"]! : configuration["CustomerIO:ApiKey"]!;

                CustomerIo[] Create() => new[]
                {
                    {|CIO2003:new CustomerIo("site", AppKey)|},
                    new CustomerIo("site", Either(true)),
                };
            }

            class Keys(string key)
            {
                public CustomerIo Create() => {|CIO2003:new CustomerIo("site", key)|};

                static Keys Make(IConfiguration configuration) => new Keys(configuration["CustomerIO:AppApiKey"]!);
            }

            namespace Mine
            {
                class CustomerIo { public CustomerIo(string siteId, string apiKey) { } }

                class Setup(IConfiguration configuration)
                {
                    private string AppKey => configuration["CustomerIO:AppApiKey"]!;

                    CustomerIo Create() => new CustomerIo("site", AppKey);
                }
            }
            """);
    }
}
