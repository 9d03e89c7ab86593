using System.Linq;
using System.Threading.Tasks;
using CioAnalyzers.Model;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CioAnalyzers.Tests.Model
{
    /// <summary>The model's data and the library stand-ins agree: a misspelt type, member or parameter fails here.</summary>
    public class KnownSdksTests
    {
        [Fact]
        public async Task StandInsCompile()
        {
            var compilation = await StandInCompilation.CreateAsync();
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        }

        [Fact]
        public async Task EveryElementResolvesToASymbolWithItsRole()
        {
            var compilation = await StandInCompilation.CreateAsync();
            var model = CustomerIoModel.For(compilation, new AnalyzerOptions(default), default);
            Assert.NotEmpty(KnownSdks.Elements);
            foreach (var element in KnownSdks.Elements)
            {
                var symbols = SdkTypeResolver.Resolve(compilation, element.Namespace, element.TypeName, element.IncludeSubNamespaces)
                    .Where(t => !model.UsesIsoTimestamps(t))
                    .SelectMany(t => SdkTypeResolver.ElementSymbols(t, element.Member, element.Parameter))
                    .ToList();
                Assert.True(symbols.Count > 0, $"{element.Namespace}.{element.TypeName}.{element.Member}({element.Parameter}) resolves to nothing");
                foreach (var symbol in symbols)
                {
                    var role = symbol switch
                    {
                        IParameterSymbol parameter => model.RoleOf(parameter),
                        IPropertySymbol property => model.RoleOf(property),
                        _ => ApiRole.None,
                    };
                    Assert.Equal(element.Role, role);
                }
            }
        }

        [Fact]
        public async Task PipelinesModelsHaveNoSecondsRole()
        {
            var compilation = await StandInCompilation.CreateAsync();
            var model = CustomerIoModel.For(compilation, new AnalyzerOptions(default), default);
            var pipelines = compilation.GetTypeByMetadataName("CustomerIO.Net.Sdk.PipelinesApi.TrackEventRequest")!;
            var track = compilation.GetTypeByMetadataName("CustomerIO.Net.Sdk.TrackApi.TrackEventRequest")!;
            Assert.True(model.UsesIsoTimestamps(pipelines));
            Assert.Equal(ApiRole.None, model.RoleOf(pipelines.GetMembers("Timestamp").OfType<IPropertySymbol>().Single()));
            Assert.Equal(ApiRole.UnixSeconds, model.RoleOf(track.GetMembers("Timestamp").OfType<IPropertySymbol>().Single()));
        }
    }
}
