using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CioAnalyzers.Model
{
    /// <summary>Syntactic pre-filters: cheap text tests run before any binding.</summary>
    internal static class CustomerIoText
    {
        public const string DomainSuffix = ".customer.io";

        /// <summary>True when a string token under <paramref name="node"/> names a Customer.io host.</summary>
        public static bool MentionsHost(SyntaxNode node)
        {
            foreach (var token in node.DescendantTokens())
            {
                switch (token.Kind())
                {
                    case SyntaxKind.StringLiteralToken:
                    case SyntaxKind.InterpolatedStringTextToken:
                    case SyntaxKind.SingleLineRawStringLiteralToken:
                    case SyntaxKind.MultiLineRawStringLiteralToken:
                    case SyntaxKind.Utf8StringLiteralToken:
                        if (token.ValueText.IndexOf(DomainSuffix, System.StringComparison.OrdinalIgnoreCase) >= 0)
                        {
                            return true;
                        }

                        break;
                }
            }

            return false;
        }
    }
}
