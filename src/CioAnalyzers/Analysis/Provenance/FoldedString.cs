using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// A string expression folded into constant text and holes (the run-time parts), so that a URL built by
    /// interpolation, concatenation or string.Format can be read like a literal.
    /// </summary>
    internal sealed class FoldedString
    {
        /// <summary>Stands for a hole in <see cref="Text"/>; a private-use character no URL contains.</summary>
        public const char HoleMarker = '\uE000';

        public FoldedString(string text, ImmutableArray<IOperation> holes)
        {
            Text = text;
            Holes = holes;
        }

        /// <summary>The constant text with <see cref="HoleMarker"/> at each hole, in order.</summary>
        public string Text { get; }

        public ImmutableArray<IOperation> Holes { get; }

        internal sealed class Builder
        {
            private readonly StringBuilder text = new();
            private readonly ImmutableArray<IOperation>.Builder holes = ImmutableArray.CreateBuilder<IOperation>();

            public void AddText(string value) => text.Append(value);

            public void AddHole(IOperation operation)
            {
                text.Append(HoleMarker);
                holes.Add(operation);
            }

            public void AddFolded(FoldedString folded)
            {
                text.Append(folded.Text);
                holes.AddRange(folded.Holes);
            }

            public FoldedString ToFoldedString() => new(text.ToString(), holes.ToImmutable());
        }
    }
}
