using CioProbe.Http;
using CioProbe.Reporting;
using CioProbe.Secrets;

namespace CioProbe.Tests
{
    /// <summary>Defence in depth against a server that echoes a key in disguise: split by invisible characters, in short pieces, or cut.</summary>
    public sealed class RedactionDepthTests
    {
        private const string Key = FakeCustomerIo.TrackKey;

        private static readonly SafeText Safe = new(new SecretRedactor([FakeCustomerIo.SiteId, Key, FakeCustomerIo.AppKey], FakeCustomerIo.SiteId, Key));

        [Theory]
        [InlineData("\u200B")]
        [InlineData("\u00AD")]
        [InlineData("\uFEFF")]
        [InlineData("\u0001")]
        [InlineData("\u001b")]
        public void AKeyStrewnWithInvisibleOrControlCharactersIsMaskedWhole(string between)
        {
            var text = Safe.Of("denied " + string.Join(between, Key.ToCharArray()) + " end");

            Assert.Equal($"denied {SecretMask.Mask(Key)} end", text);
        }

        [Fact]
        public void ErrorEntriesJoinedByTheProbeDoNotReassembleAKeyFromShortPieces()
        {
            var body = $$"""{"errors":[{"detail":"{{Key[..7]}}"},{"detail":"{{Key[7..14]}}"},{"detail":"{{Key[14..]}}"}]}""";

            var text = Safe.Of(ErrorBody.Describe(body)!);

            Assert.Equal(SecretMask.Mask(Key), text);
        }

        [Fact]
        public void TheCutOfALongErrorTextNeverLeavesTheStartOfAKey()
        {
            // The 200th character falls on the 7th of the key: one short of a recognisable piece.
            var body = "{\"meta\":{\"error\":\"" + new string('a', 192) + " " + Key + " and more\"}}";

            var text = Safe.Of(ErrorBody.Describe(body)!);

            Assert.DoesNotContain(Key[..4], text);
            Assert.EndsWith("a...", text);
        }
    }
}
