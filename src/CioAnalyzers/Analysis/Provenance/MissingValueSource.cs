using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>A configuration read that returns null when the value is not set.</summary>
    internal sealed class MissingValueSource
    {
        public MissingValueSource(SyntaxNode read, string description, string? key, bool fixable = true)
        {
            Read = read;
            Description = description;
            Key = key;
            Fixable = fixable;
        }

        /// <summary>The read expression, where the fix appends <c>?? throw</c>.</summary>
        public SyntaxNode Read { get; }

        /// <summary>Words for the message: <c>Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID")</c>.</summary>
        public string Description { get; }

        /// <summary>The variable or configuration key when it is a constant.</summary>
        public string? Key { get; }

        /// <summary>
        /// False when the read lies in a member that other code uses too: a fix there would change their value as well.
        /// </summary>
        public bool Fixable { get; }
    }
}
