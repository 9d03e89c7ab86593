using System;
using System.Threading.Tasks;
using CioAnalyzers.EndToEnd.Infrastructure;
using CioAnalyzers.Harness;
using Xunit;

namespace CioAnalyzers.EndToEnd.Demo
{
    /// <summary>One copy of the repository's demo, built once as the README says (`dotnet build docs/demo`), read by several tests.</summary>
    public sealed class DemoBuild : IAsyncLifetime, IDisposable
    {
        public DemoCheckout Checkout { get; } = new();

        public CommandResult Build { get; private set; } = null!;

        public async Task InitializeAsync()
            => Build = await Checkout.RunAsync("build", "docs/demo", "--no-incremental", "-nodeReuse:false");

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => Checkout.Dispose();
    }

    [CollectionDefinition(Name)]
    public sealed class DemoBuildCollection : ICollectionFixture<DemoBuild>
    {
        public const string Name = "Demo build";
    }
}
