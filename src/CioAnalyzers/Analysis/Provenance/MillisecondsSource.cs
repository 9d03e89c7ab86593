using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>Where a millisecond value is produced, and whether the fix may rewrite it there.</summary>
    internal sealed class MillisecondsSource
    {
        public MillisecondsSource(SyntaxNode producer, string description, bool fixable, ImmutableArray<IOperation> sharedUses = default)
        {
            Producer = producer;
            Description = description;
            Fixable = fixable;
            SharedUses = sharedUses.IsDefault ? ImmutableArray<IOperation>.Empty : sharedUses;
        }

        /// <summary>The call, member access or literal that produces milliseconds.</summary>
        public SyntaxNode Producer { get; }

        public string Description { get; }

        /// <summary>False when rewriting <see cref="Producer"/> would change other uses of a local too.</summary>
        public bool Fixable { get; }

        /// <summary>
        /// The uses of the private member that holds <see cref="Producer"/> when it has several: the fix may rewrite the
        /// producer only when every one of them sends the value as Unix seconds too (see <see cref="SharedOrigins"/>).
        /// </summary>
        public ImmutableArray<IOperation> SharedUses { get; }
    }
}
