using System.Linq;
using CioAnalyzers.Model;
using CioAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CioAnalyzers.Tests.Model
{
    /// <summary>The RestSharp data and both generations' stand-ins agree: a misspelt type, member or parameter fails here.</summary>
    public class KnownRestSharpTests
    {
        private static readonly CSharpCompilation Current = StandInCompilation.Create(new[] { "class Consumer { }" }, StandIns.References());

        private static readonly CSharpCompilation Classic = StandInCompilation.Create(new[] { "class Consumer { }" }, StandIns.References(StandIns.RestSharpClassic));

        [Theory]
        [InlineData(KnownRestSharp.RestClient, true, true)]
        [InlineData(KnownRestSharp.IRestClient, true, true)]
        [InlineData(KnownRestSharp.ClientExtensions, true, true)]
        [InlineData(KnownRestSharp.RestRequest, true, true)]
        [InlineData(KnownRestSharp.IRestRequest, false, true)]
        [InlineData(KnownRestSharp.RequestExtensions, true, false)]
        [InlineData(KnownRestSharp.ClientOptions, true, false)]
        [InlineData(KnownRestSharp.IRestResponse, false, true)]
        [InlineData(KnownRestSharp.RestResponse, true, true)]
        [InlineData(KnownRestSharp.BasicAuthenticator, true, true)]
        [InlineData(KnownRestSharp.JwtAuthenticator, true, true)]
        public void EachTypeIsInTheGenerationsThatHaveIt(string metadataName, bool current, bool classic)
        {
            Assert.Equal(current, Current.GetTypeByMetadataName(metadataName) is not null);
            Assert.Equal(classic, Classic.GetTypeByMetadataName(metadataName) is not null);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void EveryNamedMemberAndParameterExists(bool classic)
        {
            var compilation = classic ? Classic : Current;
            var request = classic ? KnownRestSharp.RestRequest : KnownRestSharp.RequestExtensions;
            Assert.True(HasParameter(compilation, KnownRestSharp.RestRequest, ".ctor", KnownRestSharp.ResourceParameter));
            Assert.True(HasParameter(compilation, KnownRestSharp.RestClient, ".ctor", KnownRestSharp.BaseUrlParameter));
            Assert.True(HasParameter(compilation, request, "AddUrlSegment", KnownRestSharp.NameParameter));
            Assert.True(HasParameter(compilation, request, "AddUrlSegment", KnownRestSharp.ValueParameter));
            Assert.Equal(!classic, HasParameter(compilation, request, "AddUrlSegment", KnownRestSharp.EncodeParameter));
            Assert.True(HasParameter(compilation, request, "AddJsonBody", KnownRestSharp.BodyParameter));
            Assert.True(HasParameter(compilation, request, "AddBody", KnownRestSharp.BodyParameter));
            Assert.True(HasParameter(compilation, request, "AddHeader", KnownRestSharp.ValueParameter));
            Assert.True(HasParameter(compilation, request, "AddParameter", KnownRestSharp.ValueParameter));
            Assert.All(KnownRestSharp.Authenticators, a => Assert.True(HasParameter(compilation, a.Type, ".ctor", a.Parameter)));
            Assert.NotNull(Property(compilation, classic ? KnownRestSharp.RestClient : KnownRestSharp.ClientOptions, KnownRestSharp.BaseUrlProperty));
            Assert.NotNull(Property(compilation, classic ? KnownRestSharp.RestClient : KnownRestSharp.ClientOptions, KnownRestSharp.AuthenticatorProperty));
            Assert.NotNull(Property(compilation, KnownRestSharp.RestRequest, KnownRestSharp.RequestFormatProperty));
            var parameterTypes = compilation.GetTypeByMetadataName("RestSharp.ParameterType")!.GetMembers().Select(m => m.Name).ToList();
            Assert.Contains(KnownRestSharp.UrlSegmentType, parameterTypes);
            Assert.Contains(KnownRestSharp.HeaderType, parameterTypes);
            Assert.Contains(KnownRestSharp.RequestBodyType, parameterTypes);

            Assert.Contains(KnownRestSharp.JsonFormat, compilation.GetTypeByMetadataName("RestSharp.DataFormat")!.GetMembers().Select(m => m.Name));
        }

        [Fact]
        public void SendsAreFoundAndTheThrowingVerbsAreCurrentOnly()
        {
            var current = new KnownTypes(Current).RestSharp;
            var classic = new KnownTypes(Classic).RestSharp;
            var currentPost = Current.GetTypeByMetadataName(KnownRestSharp.ClientExtensions)!.GetMembers("PostAsync").OfType<IMethodSymbol>().Single(m => !m.IsGenericMethod);
            var currentExecute = Current.GetTypeByMetadataName(KnownRestSharp.RestClient)!.GetMembers("ExecuteAsync").OfType<IMethodSymbol>().Single();
            var classicPost = Classic.GetTypeByMetadataName(KnownRestSharp.ClientExtensions)!.GetMembers("Post").OfType<IMethodSymbol>().Single(m => !m.IsGenericMethod);
            Assert.True(current.IsSend(currentPost) && current.IsSend(currentExecute) && classic.IsSend(classicPost));
            Assert.False(current.IsUncheckedResponse(currentPost, Current.GetTypeByMetadataName(KnownRestSharp.RestResponse)));
            Assert.True(current.IsUncheckedResponse(currentExecute, Current.GetTypeByMetadataName(KnownRestSharp.RestResponse)));
            Assert.True(classic.IsUncheckedResponse(classicPost, classicPost.ReturnType));
        }

        private static bool HasParameter(Compilation compilation, string type, string member, string parameter)
            => compilation.GetTypeByMetadataName(type)!.GetMembers(member).OfType<IMethodSymbol>().Any(m => m.Parameters.Any(p => p.Name == parameter));

        private static IPropertySymbol? Property(Compilation compilation, string type, string name)
            => compilation.GetTypeByMetadataName(type)!.GetMembers(name).OfType<IPropertySymbol>().SingleOrDefault();
    }
}
