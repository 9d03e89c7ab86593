using System.Text.RegularExpressions;

namespace CioProbe.Tests
{
    /// <summary>Terminal escape sequences in captured output: colour codes and cursor moves.</summary>
    public static partial class Ansi
    {
        public const char Escape = '\u001b';

        /// <summary>The text a reader sees: escape sequences removed, so a secret split by colour codes is whole again for the search.</summary>
        public static string Strip(string text) => Sequence().Replace(text, string.Empty);

        /// <summary>True when <paramref name="text"/> sets a foreground colour (SGR 30-38 or 90-97).</summary>
        public static bool HasColour(string text) => Colour().IsMatch(text);

        [GeneratedRegex(@"\u001b\[[0-9;?]*[ -/]*[@-~]")]
        private static partial Regex Sequence();

        [GeneratedRegex(@"\u001b\[(?:[0-9]+;)*(?:3[0-8]|9[0-7])[;m]")]
        private static partial Regex Colour();
    }
}
