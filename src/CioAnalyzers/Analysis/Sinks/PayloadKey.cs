using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>One JSON key of a payload as it goes on the wire, and where the code names it.</summary>
    internal readonly struct PayloadKey
    {
        public PayloadKey(string wireKey, string? parentKey, SyntaxNode written, SyntaxNode? nameDeclaration, string? nameAttribute)
        {
            WireKey = wireKey;
            ParentKey = parentKey;
            Written = written;
            NameDeclaration = nameDeclaration;
            NameAttribute = nameAttribute;
        }

        /// <summary>The key the serialiser writes.</summary>
        public string WireKey { get; }

        /// <summary>The key of the enclosing object; null at the top level.</summary>
        public string? ParentKey { get; }

        /// <summary>Where the key is written: an anonymous member's name, a dictionary key, a property set or declared.</summary>
        public SyntaxNode Written { get; }

        /// <summary>
        /// The node that gives the key its name: an anonymous member, a string literal (a dictionary key or a name
        /// attribute's argument), or a property declaration without a name attribute.
        /// </summary>
        public SyntaxNode? NameDeclaration { get; }

        /// <summary>For a property without a name attribute: the attribute its serialiser reads (full name without "Attribute").</summary>
        public string? NameAttribute { get; }
    }
}
