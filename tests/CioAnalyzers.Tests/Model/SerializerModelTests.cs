using System.Linq;
using CioAnalyzers.Model;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CioAnalyzers.Tests.Model
{
    /// <summary>What the model knows of serialisers: library serialisers resolve, names are camel-cased as both JSON libraries do, reserved names are matched exactly.</summary>
    public class SerializerModelTests
    {
        [Fact]
        public void EveryLibrarySerializerInterfaceResolvesInTheStandIns()
        {
            foreach (var serializer in KnownSdks.Serializers)
            {
                foreach (var name in serializer.SerializedInterfaces)
                {
                    foreach (var alternates in new[] { new string[0] }.Concat(StandIns.AlternateFiles.Select(f => new[] { f })))
                    {
                        var compilation = StandInCompilation.Create(new[] { "class Consumer { }" }, StandIns.References(alternates));
                        Assert.Single(SdkTypeResolver.Resolve(compilation, serializer.Namespace, name, includeSubNamespaces: false));
                    }
                }
            }
        }

        [Fact]
        public void ACustomerDetailsDateTimeTakesTheLibrarysDateRoleAndItsNaming()
        {
            var compilation = StandInCompilation.Create(
                new[] { "class Customer : CustomerIOSharp.ICustomerDetails { public string Id => \"\"; public string Email => \"\"; public System.DateTime SignedUpAt { get; set; } public System.DateTime? SeenAt { get; set; } public string Plan { get; set; } = \"\"; }" },
                StandIns.References());
            var model = CustomerIoModel.For(compilation, new AnalyzerOptions(default), default);
            var customer = compilation.GetTypeByMetadataName("Customer")!;
            Assert.Equal(ApiRole.LocalTimeDateTime, model.RoleOf(customer.GetMembers("SignedUpAt").OfType<IPropertySymbol>().Single()));
            Assert.Equal(ApiRole.LocalTimeDateTime, model.RoleOf(customer.GetMembers("SeenAt").OfType<IPropertySymbol>().Single()));
            Assert.Equal(ApiRole.None, model.RoleOf(customer.GetMembers("Plan").OfType<IPropertySymbol>().Single()));
            Assert.Equal(JsonNaming.NewtonsoftCamelCase, model.NamingOfSerializedType(customer));
        }

        [Fact]
        public void RestSharpBodySerializersResolveInTheirGeneration()
        {
            var current = StandInCompilation.Create(new[] { "class Consumer { }" }, StandIns.References());
            var classic = StandInCompilation.Create(new[] { "class Consumer { }" }, StandIns.References(StandIns.RestSharpClassic));
            foreach (var serializer in KnownRestSharp.BodySerializers)
            {
                var compilation = serializer.Naming == JsonNaming.DeclaredNames ? classic : current;
                Assert.NotNull(compilation.GetTypeByMetadataName(serializer.DeclaringType));
            }
        }

        [Fact]
        public void DeclaredNamesKeepEveryNameAndReadNoAttribute()
        {
            var types = new KnownTypes(StandInCompilation.Create(new[] { "class Consumer { }" }, StandIns.References()));
            Assert.Equal("CreatedAt", JsonNaming.DeclaredNames.PropertyName("CreatedAt"));
            Assert.Equal("Email", JsonNaming.DeclaredNames.DictionaryKey("Email"));
            Assert.Null(JsonNaming.DeclaredNames.AttributeName("created_at"));
            Assert.Null(JsonPropertyNames.AttributeRead(JsonNaming.DeclaredNames, types));
        }

        [Theory]
        [InlineData("CreatedAt", "createdAt")]
        [InlineData("ID", "id")]
        [InlineData("URLPath", "urlPath")]
        [InlineData("Email", "email")]
        [InlineData("created_at", "created_at")]
        [InlineData("Created_At", "created_At")]
        [InlineData("_Timestamp", "_Timestamp")]
        [InlineData("A", "a")]
        public void CamelCaseAsBothLibrariesDo(string name, string expected) => Assert.Equal(expected, JsonNamings.CamelCase(name));

        [Theory]
        [InlineData("Email", "email")]
        [InlineData("ID", "id")]
        [InlineData("createdAt", "created_at")]
        [InlineData("Created_At", "created_at")]
        [InlineData("_Timestamp", "_timestamp")]
        [InlineData("cioId", "cio_id")]
        [InlineData("timeZone", "timezone")]
        [InlineData("email", null)]
        [InlineData("created_at", null)]
        [InlineData("timestamp", null)]
        [InlineData("Timestamp", null)]
        [InlineData("plan", null)]
        public void ReservedNamesMatchOnlyInTheirExactForm(string key, string? expected) => Assert.Equal(expected, ReservedAttributes.WrongFormOf(key));
    }
}
