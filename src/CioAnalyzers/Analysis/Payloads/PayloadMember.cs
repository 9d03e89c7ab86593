using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>One JSON member of a payload: its key, the key of the object holding it, and the C# value.</summary>
    /// <param name="Key">The member's key.</param>
    /// <param name="ParentKey">The key of the enclosing object; null at the top level.</param>
    /// <param name="Value">The value written under the key.</param>
    /// <param name="MemberSyntax">The whole member (e.g. <c>created_at = ms</c>), for fixes that remove it.</param>
    /// <param name="Dates">How the serialiser writes a date in this member.</param>
    internal readonly record struct PayloadMember(string Key, string? ParentKey, IOperation Value, SyntaxNode MemberSyntax, PayloadDates Dates);
}
