using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    internal enum MillisecondsKind
    {
        /// <summary><c>DateTimeOffset.ToUnixTimeMilliseconds()</c>.</summary>
        UnixTimeMillisecondsCall,

        /// <summary><c>(now - epoch).TotalMilliseconds</c>.</summary>
        TotalMilliseconds,

        /// <summary>A 13-digit integer literal.</summary>
        Literal,
    }

    /// <summary>Where a millisecond value is produced, and whether the fix may rewrite it there.</summary>
    internal sealed class MillisecondsSource
    {
        public MillisecondsSource(MillisecondsKind kind, SyntaxNode producer, string description, bool fixable)
        {
            Kind = kind;
            Producer = producer;
            Description = description;
            Fixable = fixable;
        }

        public MillisecondsKind Kind { get; }

        /// <summary>The call, member access or literal that produces milliseconds.</summary>
        public SyntaxNode Producer { get; }

        public string Description { get; }

        /// <summary>False when rewriting <see cref="Producer"/> would change other uses of a local too.</summary>
        public bool Fixable { get; }
    }
}
