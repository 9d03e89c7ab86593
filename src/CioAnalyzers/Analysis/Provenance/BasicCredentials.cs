using System.Collections.Immutable;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>What an Authorization parameter is made of, when its shape is known.</summary>
    internal enum CredentialShape
    {
        /// <summary>Nothing known: a value computed elsewhere, or a shape no rule judges.</summary>
        Unknown,

        /// <summary>base64 of <c>"{siteId}:{apiKey}"</c>: the Track API's Basic credential.</summary>
        Base64Pair,

        /// <summary>base64 of <c>"{apiKey}:"</c> or <c>":{apiKey}"</c>: a user name or password left empty, as some clients send.</summary>
        Base64WithEmptyPart,

        /// <summary>base64 of a key or site id alone, with no <c>:</c>.</summary>
        Base64Single,

        /// <summary>base64 of a site id and a key joined without <c>:</c>.</summary>
        Base64Joined,

        /// <summary><c>"{siteId}:{apiKey}"</c> (or constant text with a <c>:</c>), not base64-encoded.</summary>
        RawPair,

        /// <summary>A key or site id as issued, not base64-encoded.</summary>
        RawKey,

        /// <summary>A site id and a key joined without <c>:</c>, not base64-encoded.</summary>
        RawJoined,

        /// <summary>The parameter starts with a scheme again: <c>"Basic Basic ..."</c>.</summary>
        RepeatedScheme,
    }

    /// <summary>
    /// Reads the shape of an Authorization parameter: the Basic credential built with
    /// <c>Convert.ToBase64String(Encoding.X.GetBytes(...))</c> in place or in a local assigned once, the raw pair or key, or
    /// a second scheme. A value is a key only when its name says so (a setting, local, parameter, field or property named
    /// like <c>apiKey</c> or <c>SiteId</c>); any other value is <see cref="CredentialShape.Unknown"/>.
    /// </summary>
    internal static class BasicCredentials
    {
        private static readonly string Pair = $"{FoldedString.HoleMarker}:{FoldedString.HoleMarker}";

        private static readonly string Single = FoldedString.HoleMarker.ToString();

        private static readonly string Joined = Single + Single;

        public static CredentialShape ShapeOf(FoldedString parameter, KnownTypes types, out ImmutableArray<IOperation> parts)
        {
            parts = parameter.Holes;
            var text = parameter.Text;
            if (StartsWithScheme(text))
            {
                return CredentialShape.RepeatedScheme;
            }

            if (text == Pair)
            {
                return CredentialShape.RawPair;
            }

            if (text == Joined)
            {
                return NamesOneKey(parameter.Holes[0], types) || NamesOneKey(parameter.Holes[1], types) ? CredentialShape.RawJoined : CredentialShape.Unknown;
            }

            if (parameter.Holes.IsEmpty)
            {
                // Constant text with a ':' is no base64 (its alphabet has none): a pair written as it is.
                return text.IndexOf(AuthorizationSchemes.CredentialSeparator) >= 0 ? CredentialShape.RawPair : CredentialShape.Unknown;
            }

            if (text != Single)
            {
                return CredentialShape.Unknown;
            }

            var value = Resolve(parameter.Holes[0]);
            if (EncodedText(value, types) is { } encoded)
            {
                parts = encoded.Holes;
                return Base64ShapeOf(encoded, types);
            }

            return NamesOneKey(parameter.Holes[0], types) ? CredentialShape.RawKey : CredentialShape.Unknown;
        }

        /// <summary>True when <paramref name="value"/> is read from a setting or a symbol whose name says it holds one key or a site id.</summary>
        public static bool NamesOneKey(IOperation value, KnownTypes types)
            => NameOf(value, types) is { } name && CredentialSettingNames.NamesOneKey(name);

        private static CredentialShape Base64ShapeOf(FoldedString encoded, KnownTypes types)
        {
            var text = encoded.Text;
            if (text == Pair)
            {
                return CredentialShape.Base64Pair;
            }

            if (text == Single + AuthorizationSchemes.CredentialSeparator || text == AuthorizationSchemes.CredentialSeparator + Single)
            {
                return CredentialShape.Base64WithEmptyPart;
            }

            if (text == Single)
            {
                return NamesOneKey(encoded.Holes[0], types) ? CredentialShape.Base64Single : CredentialShape.Unknown;
            }

            return text == Joined && (NamesOneKey(encoded.Holes[0], types) || NamesOneKey(encoded.Holes[1], types))
                ? CredentialShape.Base64Joined
                : CredentialShape.Unknown;
        }

        /// <summary>The text encoded by <c>Convert.ToBase64String(Encoding.X.GetBytes(text))</c>, through locals assigned once.</summary>
        private static FoldedString? EncodedText(IOperation value, KnownTypes types)
        {
            if (value is not IInvocationOperation { TargetMethod.Name: "ToBase64String" } toBase64
                || !KnownTypes.Is(toBase64.TargetMethod.ContainingType, types.Convert)
                || toBase64.Arguments.Length != 1
                || Resolve(toBase64.Arguments[0].Value) is not IInvocationOperation { TargetMethod.Name: KnownTypes.EncodingGetBytes } getBytes
                || !KnownTypes.Is(getBytes.TargetMethod.ContainingType, types.Encoding)
                || getBytes.Arguments.Length != 1
                || getBytes.Arguments[0].Value.Type?.SpecialType != SpecialType.System_String)
            {
                return null;
            }

            return StringFolding.Fold(getBytes.Arguments[0].Value);
        }

        private static bool StartsWithScheme(string text)
        {
            var space = text.IndexOf(' ');
            var first = space < 0 ? text : text.Substring(0, space);
            return space > 0 && (AuthorizationSchemes.IsScheme(first, AuthorizationSchemes.Basic) || AuthorizationSchemes.IsScheme(first, AuthorizationSchemes.Bearer));
        }

        private static IOperation Resolve(IOperation value)
        {
            value = Operations.SkipConversions(value);
            return value is ILocalReferenceOperation local && LocalValues.TryGetSingleValue(local, out var initializer)
                ? Operations.SkipConversions(initializer)
                : value;
        }

        /// <summary>The setting's key, or the name of the local, parameter, field or property the value is read from.</summary>
        private static string? NameOf(IOperation value, KnownTypes types)
        {
            if (SettingReads.Find(value, types) is { } setting)
            {
                return setting.Key;
            }

            return Operations.SkipConversions(value) switch
            {
                ILocalReferenceOperation local => local.Local.Name,
                IParameterReferenceOperation parameter => parameter.Parameter.Name,
                IFieldReferenceOperation field => field.Field.Name,
                IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property.Name,
                _ => null,
            };
        }
    }
}
