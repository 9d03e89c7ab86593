using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>One JSON key of a payload as it goes on the wire, and where the code names it.</summary>
    /// <param name="WireKey">The key the serialiser writes.</param>
    /// <param name="ParentKey">The key of the enclosing object; null at the top level.</param>
    /// <param name="Written">Where the key is written: an anonymous member's name, a dictionary key, a property set or declared.</param>
    /// <param name="NameDeclaration">
    /// The node that gives the key its name: an anonymous member, a string literal (a dictionary key or a name
    /// attribute's argument), or a property declaration without a name attribute.
    /// </param>
    /// <param name="NameAttribute">For a property without a name attribute: the attribute its serialiser reads (full name without "Attribute").</param>
    /// <param name="Value">The value written under the key, when the code writes one here.</param>
    /// <param name="Initializer">On the first key of an anonymous object or a dictionary initializer only: that initializer.</param>
    /// <param name="InitializerSize">With <paramref name="Initializer"/>: how many members it writes.</param>
    internal readonly record struct PayloadKey(string WireKey, string? ParentKey, SyntaxNode Written, SyntaxNode? NameDeclaration, string? NameAttribute,
        IOperation? Value = null, SyntaxNode? Initializer = null, int InitializerSize = 0);
}
