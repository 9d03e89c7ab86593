using System;
using System.Linq;
using CioAnalyzers.Model;
using Xunit;

namespace CioAnalyzers.Tests.Model
{
    /// <summary>Every role is defined once, and what the registry answers is what the roles' users rely on.</summary>
    public class RoleRegistryTests
    {
        [Fact]
        public void EveryRoleHasOneDefinition()
        {
            var roles = Enum.GetValues(typeof(ApiRole)).Cast<ApiRole>().Where(r => r != ApiRole.None).ToArray();
            Assert.Equal(roles, RoleRegistry.All.Select(d => d.Role).OrderBy(r => r));
            Assert.All(roles, r => Assert.Equal(r, RoleRegistry.Of(r).Role));
            Assert.Equal(ApiRole.None, RoleRegistry.Of((ApiRole)1000).Role);
        }

        [Fact]
        public void ConfigurableRolesHaveANameAndAMeaningAndNoOtherRoleHas()
        {
            Assert.All(RoleRegistry.All, d => Assert.Equal(d.Has(RoleTraits.Configurable), d.ConfigName is not null && d.ConfigMeaning is not null));
            var names = RoleRegistry.Configurable.Select(d => d.ConfigName).ToArray();
            Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        }

        [Theory]
        [InlineData("customer-id", nameof(ApiRole.CustomerId))]
        [InlineData("event-data", nameof(ApiRole.EventData))]
        [InlineData("write-key", nameof(ApiRole.WriteKey))]
        public void ConfigNamesParse(string name, string expected)
        {
            Assert.True(RoleRegistry.TryParseConfigName(name, out var role));
            Assert.Equal(expected, role.ToString());
        }

        [Theory]
        [InlineData("Customer-Id")]
        [InlineData("unsubscribed")]
        [InlineData("request")]
        [InlineData("")]
        public void OtherNamesDoNotParse(string name)
            => Assert.False(RoleRegistry.TryParseConfigName(name, out _));

        [Fact]
        public void TraitsAnswerTheQuestionsRulesAsk()
        {
            Assert.Equal(
                new[] { ApiRole.SiteId, ApiRole.TrackApiKey, ApiRole.AppApiKey, ApiRole.WriteKey },
                RoleRegistry.All.Where(d => d.Role.IsCredential()).Select(d => d.Role));
            Assert.Equal(new[] { ApiRole.AttributeBag, ApiRole.EventData }, RoleRegistry.All.Where(d => d.Role.IsPayload()).Select(d => d.Role));
            Assert.Equal(
                new[] { ApiRole.TransactionalEmailRequest, ApiRole.TransactionalRequest },
                RoleRegistry.All.Where(d => d.Role.IsTransactionalRequest()).Select(d => d.Role));
            Assert.Equal("Track API key", ApiRole.TrackApiKey.Describe());
            Assert.Equal("value", ApiRole.None.Describe());
        }
    }
}
