using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>A configuration read that returns null when the value is not set.</summary>
    internal sealed class MissingValueSource
    {
        public MissingValueSource(SyntaxNode read, string description, string? key)
        {
            Read = read;
            Description = description;
            Key = key;
        }

        /// <summary>The read expression, where the fix appends <c>?? throw</c>.</summary>
        public SyntaxNode Read { get; }

        /// <summary>Words for the message: <c>Environment.GetEnvironmentVariable("CUSTOMERIO_SITE_ID")</c>.</summary>
        public string Description { get; }

        /// <summary>The variable or configuration key when it is a constant.</summary>
        public string? Key { get; }
    }
}
