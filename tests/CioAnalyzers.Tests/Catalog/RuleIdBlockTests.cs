using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CioAnalyzers.Harness;
using CioAnalyzers.Rules;
using Xunit;

namespace CioAnalyzers.Tests.Catalog
{
    /// <summary>A rule's id says its category: CIO, then a block digit (0 configuration, 1 data, 2 credentials, 3 transport), then three digits.</summary>
    public class RuleIdBlockTests
    {
        private static readonly Dictionary<char, string> CategoryOfBlock = new()
        {
            ['0'] = RuleCatalog.Categories.ApiFile,
            ['1'] = RuleCatalog.Categories.Data,
            ['2'] = RuleCatalog.Categories.Credentials,
            ['3'] = RuleCatalog.Categories.Transport,
        };

        /// <summary>A new category needs a block of its own here before a rule can use it.</summary>
        [Fact]
        public void EveryCategoryHasABlock()
        {
            var categories = typeof(RuleCatalog.Categories)
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (string)f.GetRawConstantValue()!)
                .OrderBy(c => c, System.StringComparer.Ordinal);
            Assert.Equal(categories, CategoryOfBlock.Values.OrderBy(c => c, System.StringComparer.Ordinal));
        }

        [Theory]
        [MemberData(nameof(ShippedRules.Ids), MemberType = typeof(ShippedRules))]
        public void IdIsInItsCategorysBlock(string id)
        {
            var descriptor = ShippedRules.Descriptors.Single(d => d.Id == id);
            Assert.Matches(@"^CIO\d{4}$", id);
            Assert.True(CategoryOfBlock.TryGetValue(id[3], out var category), $"{id}: no category has the block {id[3]}xxx.");
            Assert.True(
                category == descriptor.Category,
                $"{id} is in the {id[3]}xxx block, which belongs to {category}, but its category is {descriptor.Category}.");
        }
    }
}
