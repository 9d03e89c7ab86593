using System.Collections.Generic;
using System.Linq;
using CioAnalyzers.Model;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CioAnalyzers.Tests.Model
{
    /// <summary>The model's data and the library stand-ins agree: a misspelt type, member or parameter fails here.</summary>
    public class KnownSdksTests
    {
        /// <summary>The default libraries, and each alternate version in place of its namesake.</summary>
        private static readonly CSharpCompilation[] Compilations = new[] { new string[0] }
            .Concat(StandIns.AlternateFiles.Select(f => new[] { f }))
            .Select(alternates => StandInCompilation.Create(new[] { "class Consumer { }" }, StandIns.References(alternates)))
            .ToArray();

        [Fact]
        public void StandInsCompileAndEachIsItsLibrarysAssembly()
        {
            foreach (var compilation in Compilations)
            {
                Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            }

            var assemblies = Compilations[0].References.Select(r => Compilations[0].GetAssemblyOrModuleSymbol(r)).OfType<IAssemblySymbol>().Select(a => a.Name).ToList();
            Assert.Contains("CustomerIO.Net.Sdk", assemblies);
            Assert.Contains("CustomerIOSharp", assemblies);
            Assert.Contains("Analytics", assemblies);
            Assert.Contains("RudderAnalytics", assemblies);
            Assert.Contains("RestSharp", assemblies);
        }

        [Fact]
        public void EveryElementResolvesToASymbolWithItsRole()
            => Assert.Empty(Unresolved(KnownSdks.Elements));

        [Fact]
        public void AnElementThatResolvesToNothingIsReported()
        {
            var misspelt = new SdkElement("CustomerIO.Net.Sdk", "CustomerIOTrackApiClient", "IdentifyCustomerAsync", "customerId", ApiRole.CustomerId, IncludeSubNamespaces: true);
            Assert.Equal(new[] { misspelt }, Unresolved(KnownSdks.Elements.Add(misspelt)));
        }

        [Theory]
        [InlineData("CustomerIO.Net.Sdk.TrackApi.TrackApiOptions", nameof(ApiRole.TrackApiKey))]
        [InlineData("CustomerIO.Net.Sdk.AppApi.AppApiOptions", nameof(ApiRole.AppApiKey))]
        [InlineData("CustomerIO.Net.Sdk.PipelinesApi.PipelinesApiOptions", nameof(ApiRole.WriteKey))]
        [InlineData("Consumer", nameof(ApiRole.TrackApiKey))]
        [InlineData("CustomerIO.Net.Sdk.Shared.BaseApiOptions", nameof(ApiRole.None))]
        public void TheInheritedApiKeyTakesTheRoleOfTheOptionsTypeItIsSetOn(string receiverName, string expected)
        {
            var compilation = StandInCompilation.Create(new[] { "class Consumer : CustomerIO.Net.Sdk.TrackApi.TrackApiOptions { }" }, StandIns.References());
            var model = CustomerIoModel.For(compilation, new AnalyzerOptions(default), default);
            var apiKey = compilation.GetTypeByMetadataName("CustomerIO.Net.Sdk.Shared.BaseApiOptions")!.GetMembers("ApiKey").OfType<IPropertySymbol>().Single();
            Assert.Equal(expected, model.RoleOf(apiKey, compilation.GetTypeByMetadataName(receiverName)).ToString());
        }

        [Fact]
        public void PipelinesTimestampsHaveNoSecondsRole()
        {
            var compilation = Compilations[0];
            var model = CustomerIoModel.For(compilation, new AnalyzerOptions(default), default);
            var pipelines = compilation.GetTypeByMetadataName("CustomerIO.Net.Sdk.PipelinesApi.Models.PipelinesCallBase")!;
            var track = compilation.GetTypeByMetadataName("CustomerIO.Net.Sdk.TrackApi.Models.Event.TrackEventRequest")!;
            Assert.Equal(ApiRole.None, model.RoleOf(pipelines.GetMembers("Timestamp").OfType<IPropertySymbol>().Single()));
            Assert.Equal(ApiRole.UnixSeconds, model.RoleOf(track.GetMembers("Timestamp").OfType<IPropertySymbol>().Single()));
        }

        [Fact]
        public void SegmentUserIdsAreCustomerIdsOnlyWithoutOptions()
        {
            var compilation = Compilations[0];
            var model = CustomerIoModel.For(compilation, new AnalyzerOptions(default), default);
            var identify = compilation.GetTypeByMetadataName("Segment.Client")!.GetMembers("Identify").OfType<IMethodSymbol>().ToList();
            Assert.Equal(ApiRole.CustomerId, model.RoleOf(identify.Single(m => m.Parameters.Length == 2).Parameters[0]));
            Assert.Equal(ApiRole.None, model.RoleOf(identify.Single(m => m.Parameters.Length == 3).Parameters[0]));
        }

        /// <summary>The elements that resolve to no symbol, or to one whose role differs, in every stand-in compilation.</summary>
        private static List<SdkElement> Unresolved(IEnumerable<SdkElement> elements)
        {
            var unresolved = new List<SdkElement>();
            foreach (var element in elements)
            {
                var resolved = false;
                foreach (var compilation in Compilations)
                {
                    var model = CustomerIoModel.For(compilation, new AnalyzerOptions(default), default);
                    foreach (var type in SdkTypeResolver.Resolve(compilation, element.Namespace, element.TypeName, element.IncludeSubNamespaces))
                    {
                        foreach (var symbol in SdkTypeResolver.ElementSymbols(type, element.Member, element.Parameter, element.UnlessParameter))
                        {
                            var role = symbol switch
                            {
                                IParameterSymbol parameter => model.RoleOf(parameter),
                                IPropertySymbol property => model.RoleOf(property, type),
                                _ => ApiRole.None,
                            };
                            Assert.True(role == element.Role, $"{element.Namespace}.{element.TypeName}.{element.Member}({element.Parameter}) has role {role}, not {element.Role}");
                            resolved = true;
                        }
                    }
                }

                if (!resolved)
                {
                    unresolved.Add(element);
                }
            }

            return unresolved;
        }
    }
}
