using System.Threading.Tasks;
using CioAnalyzers.Rules;
using CioAnalyzers.Tests.Infrastructure;
using Xunit;

namespace CioAnalyzers.Tests.ValueFlow
{
    /// <summary>CIO1013 on an id a helper makes anew on each call; a value kept in a field, property or record is not one.</summary>
    public class GeneratedValueShapesTests
    {
        [Fact]
        public Task HelpersThatMakeANewIdEachCall() => VerifyRule<GeneratedIdentifierRule>.Analyzer("""
            using CustomerIOSharp;

            record Visitor(string Id);

            class Sync
            {
                private static readonly string ProcessId = Guid.NewGuid().ToString();
                private readonly List<string> seen = new();

                static string NewId() => Guid.NewGuid().ToString();

                static string Tag(Guid value) => $"user-{value}";

                string Fresh => Guid.NewGuid().ToString();

                string Remembered()
                {
                    var id = Guid.NewGuid().ToString();
                    seen.Add(id);
                    return id;
                }

                async Task Run(CustomerIo cio)
                {
                    Func<string> make = () => {|CIO1013:Guid.NewGuid()|}.ToString("N");
                    await {|CIO1013:cio.DeleteCustomerAsync(NewId())|};
                    await cio.DeleteCustomerAsync(Tag({|CIO1013:Guid.NewGuid()|}));
                    await cio.DeleteCustomerAsync(make());
                    await cio.DeleteCustomerAsync(ProcessId);
                    await cio.DeleteCustomerAsync(Fresh);
                    await cio.DeleteCustomerAsync(Remembered());
                    await cio.DeleteCustomerAsync(new Visitor(Guid.NewGuid().ToString()).Id);
                }
            }

            namespace Mine
            {
                class CustomerIo { public Task DeleteCustomerAsync(string id) => Task.CompletedTask; }

                class Sync
                {
                    static string NewId() => Guid.NewGuid().ToString();

                    Task Run(CustomerIo cio) => cio.DeleteCustomerAsync(NewId());
                }
            }
            """);
    }
}
