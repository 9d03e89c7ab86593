using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.Settings
{
    /// <summary>CIO3004 on a registration whose BaseAddress is a setting the configuration files give a Customer.io URL.</summary>
    public class ConfiguredClientRetryTests
    {
        private static Task Verify(string code, params (string Path, string Text)[] files)
            => VerifyAnalyzer<ClientWithoutRetriesAnalyzer>.AnalyzerWithFiles(code, files);

        private const string Settings = """
            {
              "CustomerIO": { "TrackUrl": "https://track.customer.io/api/v1/", "AppUrl": "https://api.customer.io/" },
              "Crm": { "Url": "https://crm.example.com/" }
            }
            """;

        private const string Registrations = """
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            static class Registration
            {
                public static void Add(IServiceCollection services, IConfiguration configuration)
                {
                    {|CIO3004:services.AddHttpClient("cio", c => c.BaseAddress = new Uri(configuration["CustomerIO:TrackUrl"]!))|};
                    {|CIO3004:services.AddHttpClient("cio-app", c =>
                    {
                        var url = configuration.GetSection("CustomerIO")["AppUrl"]!;
                        c.BaseAddress = new Uri(url);
                    })|};
                    services.AddHttpClient("retried", c => c.BaseAddress = new Uri(configuration["CustomerIO:TrackUrl"]!)).AddStandardResilienceHandler();
                    services.AddHttpClient("crm", c => c.BaseAddress = new Uri(configuration["Crm:Url"]!));
                }
            }
            """;

        [Fact]
        public Task ARegistrationWithAConfiguredCustomerIoAddress() => Verify(Registrations, ("/0/appsettings.json", Settings));

        [Fact]
        public Task WithoutTheFilesTheAddressIsUnknownAndSilent() => Verify(Registrations.Replace("{|CIO3004:", "").Replace("|};", ";"));
    }
}
