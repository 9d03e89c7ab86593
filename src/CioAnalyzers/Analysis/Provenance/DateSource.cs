using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>A date sent as a date, or as text formatted from one.</summary>
    internal sealed class DateSource
    {
        public DateSource(SyntaxNode mistake, string description, bool formatted, bool isOffset, bool rewritable)
        {
            Mistake = mistake;
            Description = description;
            Formatted = formatted;
            IsOffset = isOffset;
            Rewritable = rewritable;
        }

        /// <summary>The date value, or the call that formats it.</summary>
        public SyntaxNode Mistake { get; }

        /// <summary>"A DateTime", "Text formatted from a DateTimeOffset".</summary>
        public string Description { get; }

        /// <summary>True for text formatted from a date; false for the date itself.</summary>
        public bool Formatted { get; }

        /// <summary>True when the date is a DateTimeOffset, false for a DateTime.</summary>
        public bool IsOffset { get; }

        /// <summary>
        /// True when <see cref="Mistake"/> is what the sink sends and can be replaced by an expression of the date's
        /// seconds: not nullable, not behind a local or a conditional access, not an interpolation.
        /// </summary>
        public bool Rewritable { get; }
    }
}
