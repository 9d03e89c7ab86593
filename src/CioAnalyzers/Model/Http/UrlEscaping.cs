using System;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// How .NET escapes text for a URL path segment, as data: the one call that does it right (every official Customer.io
    /// SDK escapes the id the same way: Node encodeURIComponent, Python quote(safe=""), Go url.PathEscape), and the calls
    /// that look right but are not (form encoding turns a space into '+'; path encoding leaves '/' a separator).
    /// </summary>
    internal static class UrlEscaping
    {
        public const string EscapeType = "System.Uri";

        public const string EscapeMethod = "EscapeDataString";

        /// <summary>Encoders that do not make a path segment of any text: (type, method).</summary>
        private static readonly (string Type, string Method)[] WrongEncoders =
        {
            ("System.Web.HttpUtility", "UrlEncode"),
            ("System.Web.HttpUtility", "UrlPathEncode"),
            ("System.Net.WebUtility", "UrlEncode"),
            ("System.Uri", "EscapeUriString"),
        };

        public static bool IsEscape(IMethodSymbol method)
            => method.Name == EscapeMethod && IsType(method.ContainingType, EscapeType);

        /// <summary>The wrong encoder's display name (<c>WebUtility.UrlEncode</c>), or null.</summary>
        public static string? WrongEncoderName(IMethodSymbol method)
        {
            foreach (var (type, name) in WrongEncoders)
            {
                if (method.Name == name && IsType(method.ContainingType, type))
                {
                    return method.ContainingType.Name + "." + name;
                }
            }

            return null;
        }

        /// <summary>
        /// A method of the project's own (or another library's) whose name says it escapes or encodes: trusted, as a guard
        /// helper is trusted, because a missed warning costs less than a false one.
        /// </summary>
        public static bool SaysItEscapes(IMethodSymbol method)
            => method.Name.IndexOf("Escape", StringComparison.OrdinalIgnoreCase) >= 0
               || method.Name.IndexOf("Encode", StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>Types whose text is made only of characters a path segment keeps as they are: numbers, Guids, enums, booleans.</summary>
        public static bool HasPathSafeText(ITypeSymbol? type)
        {
            if (type is null)
            {
                return false;
            }

            if (type.TypeKind == TypeKind.Enum)
            {
                return true;
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_Boolean:
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Decimal:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                    return true;
                default:
                    return IsType(type, "System.Guid");
            }
        }

        /// <summary>RFC 3986 unreserved characters: the only ones every encoder leaves as they are.</summary>
        public static bool IsUnreserved(char c)
            => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c is '-' or '.' or '_' or '~';

        private static bool IsType(ITypeSymbol? type, string fullName)
            => type is not null && type.Name.Length < fullName.Length
               && fullName.EndsWith("." + type.Name, StringComparison.Ordinal)
               && type.ContainingNamespace?.ToDisplayString() == fullName.Substring(0, fullName.Length - type.Name.Length - 1);
    }
}
