using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>A configuration read that returns null when the value is not set.</summary>
    internal sealed class MissingValueSource
    {
        public MissingValueSource(SyntaxNode read, string description, string? key, int fixUses = 1)
        {
            Read = read;
            Description = description;
            Key = key;
            FixUses = fixUses;
        }

        /// <summary>The read expression, where the fix appends <c>?? throw</c>.</summary>
        public SyntaxNode Read { get; }

        /// <summary>Words for the message: <c>Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID")</c>.</summary>
        public string Description { get; }

        /// <summary>The variable or configuration key when it is a constant.</summary>
        public string? Key { get; }

        /// <summary>
        /// How many diagnostics share <see cref="Read"/>: 1 in the sending member; the uses of the member that holds it
        /// otherwise, and 0 when code elsewhere may use that member (no fix: it would change their value too).
        /// </summary>
        public int FixUses { get; }
    }
}
