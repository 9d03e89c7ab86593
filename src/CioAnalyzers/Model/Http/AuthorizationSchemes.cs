using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// How each Customer.io API authenticates a request: the Track API (and Pipelines) with HTTP Basic, the App API with
    /// a Bearer App API key. The Track API's Basic credential is base64 of <c>"{siteId}:{apiKey}"</c>.
    /// </summary>
    internal static class AuthorizationSchemes
    {
        public const string HeaderName = "Authorization";

        public const string Basic = "Basic";

        public const string Bearer = "Bearer";

        /// <summary>What separates the site id from the key in the Track API's Basic credential.</summary>
        public const char CredentialSeparator = ':';

        /// <summary>The <c>HttpHeaders</c> methods that write a header by name; the typed property is <see cref="HeaderName"/>.</summary>
        public static ImmutableArray<string> HeaderWriteMethods { get; } = ImmutableArray.Create("Add", "TryAddWithoutValidation");

        /// <summary>A header write with one string value: <c>Add(string name, string? value)</c>, not the list overloads.</summary>
        public static bool IsHeaderWrite(IMethodSymbol method)
            => HeaderWriteMethods.Contains(method.Name)
               && method.Parameters.Length == 2
               && method.Parameters[0].Type.SpecialType == SpecialType.System_String
               && method.Parameters[1].Type.SpecialType == SpecialType.System_String;

        /// <summary>The scheme <paramref name="api"/> takes; null where no rule judges it.</summary>
        public static string? SchemeOf(HttpApiKind api) => api switch
        {
            HttpApiKind.Track => Basic,
            HttpApiKind.App => Bearer,
            _ => null,
        };

        /// <summary>HTTP auth schemes are compared without case (RFC 9110).</summary>
        public static bool IsScheme(string? text, string scheme) => string.Equals(text, scheme, StringComparison.OrdinalIgnoreCase);

        public static bool IsHeaderName(object? name) => name is string text && string.Equals(text, HeaderName, StringComparison.OrdinalIgnoreCase);
    }
}
