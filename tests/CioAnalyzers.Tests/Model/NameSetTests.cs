using CioAnalyzers.Model;
using Xunit;

namespace CioAnalyzers.Tests.Model
{
    /// <summary>The bit-table first test never turns away a name of the set, and never lets one in that is not.</summary>
    public class NameSetTests
    {
        [Fact]
        public void MembersAreFoundAndLookAlikeShapesAreNot()
        {
            var set = new NameSet();
            set.Add("Track");
            set.Add(".ctor");
            set.Add("PostAsJsonAsync");
            set.Add(new string('x', 70));

            Assert.True(set.Contains("Track"));
            Assert.True(set.Contains(".ctor"));
            Assert.True(set.Contains("PostAsJsonAsync"));
            Assert.True(set.Contains(new string('x', 70)));

            // Same length and first character, or the same table cell through the modulo: only the full test can tell.
            Assert.False(set.Contains("Trace"));
            Assert.False(set.Contains("track"));
            Assert.False(set.Contains("\u0154rack"));
            Assert.False(set.Contains(new string('x', 6)));
            Assert.False(set.Contains(string.Empty));
            Assert.False(set.Contains("Identify"));
        }
    }
}
