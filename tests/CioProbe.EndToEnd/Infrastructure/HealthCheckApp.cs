using System.Text.Json;
using System.Text.RegularExpressions;

namespace CioProbe.EndToEnd.Infrastructure
{
    /// <summary>
    /// A minimal ASP.NET Core app that installs CioProbe from the feed, registers the health check from its
    /// <c>CustomerIO</c> configuration section and maps <c>/health</c>. Built once; each run gets a folder of its own
    /// with its own appsettings.json, which the app reads as its content root.
    /// </summary>
    public sealed partial class HealthCheckApp
    {
        public const string Program = """
        var builder = WebApplication.CreateBuilder(args);

        // What Aspire's ServiceDefaults do for every HttpClient of an app, when a test asks for it.
        if (builder.Configuration.GetValue<bool>("ServiceDefaults"))
        {
            builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        }

        builder.Services.AddHealthChecks().AddCustomerIo(builder.Configuration.GetSection("CustomerIO"));

        var app = builder.Build();
        app.MapHealthChecks("/health");
        app.Run();
        """;

        private readonly ProbePackages packages;
        private int runs;

        private HealthCheckApp(ProbePackages packages, string folder)
        {
            this.packages = packages;
            Folder = folder;
        }

        public string Folder { get; }

        public string Assembly => Path.Combine(Folder, "bin", "Debug", "net10.0", "HealthApp.dll");

        public static async Task<HealthCheckApp> BuildAsync(ProbePackages packages)
        {
            var folder = packages.CreateConsumerFolder("HealthApp");
            File.WriteAllText(Path.Combine(folder, "HealthApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{ProbePackages.LibraryId}" Version="{packages.Version}" />
              </ItemGroup>
            </Project>
            """);
            File.WriteAllText(Path.Combine(folder, "Program.cs"), Program);

            var build = await ChildProcess.DotNetAsync(folder, "build", "HealthApp.csproj", "-c", "Debug", "-nodeReuse:false");
            Assert.True(build.ExitCode == 0, build.ToString());
            return new HealthCheckApp(packages, folder);
        }

        /// <summary>
        /// Starts the app on a free loopback port with <paramref name="customerIo"/> as its CustomerIO section and, with
        /// <paramref name="serviceDefaults"/>, the standard resilience handler on every HttpClient.
        /// </summary>
        public ChildProcess Start(IReadOnlyDictionary<string, string> customerIo, bool serviceDefaults = false)
        {
            var run = Path.Combine(this.packages.Root, "runs", "health-" + Interlocked.Increment(ref runs));
            Directory.CreateDirectory(run);
            File.WriteAllText(Path.Combine(run, "appsettings.json"), JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["CustomerIO"] = customerIo,
            }));

            return ChildProcess.Start(run, "dotnet", [Assembly, "--urls", "http://127.0.0.1:0"], new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                // Only the appsettings.json of the run configures the check.
                ["CUSTOMERIO_SITE_ID"] = null,
                ["CUSTOMERIO_API_KEY"] = null,
                ["ServiceDefaults"] = serviceDefaults ? "true" : null,
            });
        }

        /// <summary>The address Kestrel printed once it listens.</summary>
        public static async Task<Uri> AddressAsync(ChildProcess app)
        {
            var line = await app.WaitForLineAsync(l => ListeningOn().IsMatch(l), TimeSpan.FromSeconds(60));
            return new Uri(ListeningOn().Match(line).Groups["address"].Value);
        }

        [GeneratedRegex(@"Now listening on: (?<address>http://\S+)")]
        private static partial Regex ListeningOn();
    }
}
