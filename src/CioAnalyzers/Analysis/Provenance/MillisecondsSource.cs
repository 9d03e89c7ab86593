using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>Where a millisecond value is produced, and whether the fix may rewrite it there.</summary>
    internal sealed class MillisecondsSource
    {
        public MillisecondsSource(SyntaxNode producer, string description, bool fixable, int fixUses = 1)
        {
            Producer = producer;
            Description = description;
            Fixable = fixable;
            FixUses = fixUses;
        }

        /// <summary>The call, member access or literal that produces milliseconds.</summary>
        public SyntaxNode Producer { get; }

        public string Description { get; }

        /// <summary>False when rewriting <see cref="Producer"/> would change other uses of a local too.</summary>
        public bool Fixable { get; }

        /// <summary>
        /// How many diagnostics share <see cref="Producer"/> when it lies in a member used several times: the fix
        /// rewrites it only when all of them are fixed together.
        /// </summary>
        public int FixUses { get; }
    }
}
