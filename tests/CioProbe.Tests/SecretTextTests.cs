using CioProbe.Secrets;

namespace CioProbe.Tests
{
    public sealed class SecretTextTests
    {
        [Theory]
        [InlineData("Trk9876543210zyxwvut", "Trk9... (20 chars)")]
        [InlineData("short", "(5 chars)")]
        [InlineData("", "(empty)")]
        [InlineData(null, "(empty)")]
        public void MaskShowsAtMostTheFirst4CharactersAndTheLength(string? value, string expected) =>
            Assert.Equal(expected, SecretMask.Mask(value));

        [Fact]
        public void RedactorReplacesRawAndTrimmedFormsWithTheMask()
        {
            var redactor = new SecretRedactor(["Trk9876543210zyxwvut\n"]);

            var text = redactor.Redact("key=Trk9876543210zyxwvut end");

            Assert.DoesNotContain("Trk9876543210zyxwvut", text);
            Assert.Contains("Trk9... (20 chars)", text);
        }

        [Theory]
        [InlineData("auth Basic U2l0ZVE3dlgybVprOVB3UjR0TGI6VHJrOUhzM05kWThjVXE1SnhWZjI= end", "auth Basic [redacted Basic credential] end")]
        [InlineData("auth basic u2l0zve3dlgybvprovb3ujr0tgi6vhjrouhzm05kwthjvxe1snhwzji end", "auth basic [redacted Basic credential] end")]
        [InlineData("key TRK9HS3NDY8CUQ5JXVF2 end", "key Trk9... (20 chars) end")]
        [InlineData("cut trk9hs3ndy8c", "cut [redacted]")]
        [InlineData("short trk9hs3 end", "short trk9hs3 end")]
        public void RedactorMatchesTheBasicTokenAnyCaseAndPiecesOfEightOrMore(string text, string expected)
        {
            var redactor = new SecretRedactor(["SiteQ7vX2mZk9PwR4tLb", "Trk9Hs3NdY8cUq5JxVf2"], "SiteQ7vX2mZk9PwR4tLb", "Trk9Hs3NdY8cUq5JxVf2");

            Assert.Equal(expected, redactor.Redact(text));
        }

        [Fact]
        public void PrintableReplacesControlFormatAndSeparatorCharacters()
        {
            Assert.Equal("a?[2J?b?c?d?e\U0001F600", Reporting.SafeText.Printable("a\u001b[2J\u0007b\u202ec\u2028d\u009be\U0001F600"));
        }

        [Theory]
        [InlineData("'abc'", "abc")]
        [InlineData("  \"abc\"\n", "abc")]
        [InlineData("abc\r\n", "abc")]
        [InlineData("a'bc", "a'bc")]
        public void CleanRemovesWhitespaceAndOnePairOfQuotes(string raw, string expected) =>
            Assert.Equal(expected, CredentialText.Clean(raw));

        [Theory]
        [InlineData("jane@example.com", "email", "jane@example.com")]
        [InlineData("cio_a1b2c3", "cio_id", "a1b2c3")]
        [InlineData("user 42", "id", "user 42")]
        [InlineData("cio_", "id", "cio_")]
        public void IdentifierTypeFollowsTheShape(string identifier, string idType, string pathValue) =>
            Assert.Equal((idType, pathValue), CustomerIdentifier.Classify(identifier));

        [Theory]
        [InlineData("https://proxy.internal/cio/", "https://proxy.internal/cio/api/v1/accounts/region")]
        [InlineData("https://track.customer.io", "https://track.customer.io/api/v1/accounts/region")]
        public void BaseUrlPathPrefixIsKept(string baseUrl, string expected)
        {
            var config = new Checks.ResolvedConfiguration("s", "t", null, "us", new Uri(baseUrl), new Uri(baseUrl));

            Assert.Equal(expected, config.TrackUri("/api/v1/accounts/region").ToString());
        }
    }
}
