using System;
using System.Collections.Immutable;

namespace CioAnalyzers.Model
{
    /// <summary>The text gates' one search: every place a file's text writes a word, in order.</summary>
    internal static class TextPositions
    {
        public static ImmutableArray<int> Of(string text, string word, StringComparison comparison)
        {
            var positions = ImmutableArray.CreateBuilder<int>();
            for (var at = text.IndexOf(word, comparison); at >= 0; at = text.IndexOf(word, at + word.Length, comparison))
            {
                positions.Add(at);
            }

            return positions.ToImmutable();
        }
    }
}
