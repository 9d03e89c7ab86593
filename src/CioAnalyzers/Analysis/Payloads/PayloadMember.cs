using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>One JSON member of a payload: its key, the key of the object holding it, and the C# value.</summary>
    internal readonly struct PayloadMember
    {
        public PayloadMember(string key, string? parentKey, IOperation value, SyntaxNode memberSyntax, PayloadDates dates)
        {
            Dates = dates;
            Key = key;
            ParentKey = parentKey;
            Value = value;
            MemberSyntax = memberSyntax;
        }

        public string Key { get; }

        /// <summary>The key of the enclosing object; null at the top level.</summary>
        public string? ParentKey { get; }

        public IOperation Value { get; }

        /// <summary>The whole member (e.g. <c>created_at = ms</c>), for fixes that remove it.</summary>
        public SyntaxNode MemberSyntax { get; }

        /// <summary>How the serialiser writes a date in this member.</summary>
        public PayloadDates Dates { get; }
    }
}
