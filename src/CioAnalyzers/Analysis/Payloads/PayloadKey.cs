using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>One JSON key of a payload as it goes on the wire, and where the code names it.</summary>
    internal readonly struct PayloadKey
    {
        public PayloadKey(string wireKey, string? parentKey, SyntaxNode written, SyntaxNode? nameDeclaration, string? nameAttribute,
            IOperation? value = null, SyntaxNode? initializer = null, int initializerSize = 0)
        {
            Value = value;
            Initializer = initializer;
            InitializerSize = initializerSize;
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

        /// <summary>The value written under the key, when the code writes one here.</summary>
        public IOperation? Value { get; }

        /// <summary>On the first key of an anonymous object or a dictionary initializer only: that initializer.</summary>
        public SyntaxNode? Initializer { get; }

        /// <summary>With <see cref="Initializer"/>: how many members it writes.</summary>
        public int InitializerSize { get; }
    }
}
