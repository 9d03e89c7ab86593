using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// The one reader of a property's name attribute: System.Text.Json reads <c>[JsonPropertyName]</c> and Newtonsoft.Json
    /// reads <c>[JsonProperty]</c>, each ignoring the other's. When the serialiser is not known, either is taken.
    /// </summary>
    internal static class JsonPropertyNames
    {
        /// <summary>
        /// The name attribute <paramref name="naming"/>'s serialiser reads on <paramref name="property"/>: the name it gives
        /// and the literal that gives it. <paramref name="excluded"/> is true when the property writes no key of its own
        /// (<c>[JsonIgnore]</c>, or <c>[JsonExtensionData]</c>, whose entries are spread into the object).
        /// </summary>
        public static string? Given(IPropertySymbol property, JsonNaming naming, KnownTypes types, out ExpressionSyntax? literal, out bool excluded)
        {
            // A serialiser that reads no name attribute (DeclaredNames) is known too: it reads none of them.
            var serializerKnown = naming is JsonNaming.SystemTextJson or JsonNaming.SystemTextJsonWeb or JsonNaming.Newtonsoft or JsonNaming.NewtonsoftCamelCase
                or JsonNaming.DeclaredNames;
            var read = AttributeRead(naming, types);
            string? given = null;
            literal = null;
            excluded = false;
            foreach (var attribute in property.GetAttributes())
            {
                var name = attribute.AttributeClass?.Name;
                if (name is JsonSerializers.IgnoreAttributeName or JsonSerializers.ExtensionDataAttributeName)
                {
                    excluded = true;
                    return null;
                }

                if (given is null && IsRead(attribute.AttributeClass, serializerKnown, read, types))
                {
                    if (NameIn(attribute, out var argumentName) is { } text)
                    {
                        given = text;
                        literal = (attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax)?.ArgumentList?.Arguments
                            .FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == argumentName)?.Expression;
                    }
                    else if (attribute.NamedArguments.Any(a => a.Key == JsonSerializers.NamingStrategyArgument))
                    {
                        // Named by a strategy of its own: the key on the wire is not known.
                        excluded = true;
                        return null;
                    }
                }
            }

            return given;
        }

        /// <summary>
        /// The name an attribute gives, as its constructor's argument (<paramref name="argumentName"/> null) or as
        /// Newtonsoft's named <c>PropertyName = "..."</c>.
        /// </summary>
        private static string? NameIn(AttributeData attribute, out string? argumentName)
        {
            argumentName = null;
            if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string text)
            {
                return text;
            }

            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == JsonSerializers.PropertyNameArgument && named.Value.Value is string name)
                {
                    argumentName = named.Key;
                    return name;
                }
            }

            return null;
        }

        /// <summary>The name attribute <paramref name="naming"/>'s serialiser reads; null when it is not known which, or not referenced.</summary>
        public static INamedTypeSymbol? AttributeRead(JsonNaming naming, KnownTypes types) => naming switch
        {
            JsonNaming.SystemTextJson or JsonNaming.SystemTextJsonWeb => types.JsonPropertyNameAttribute,
            JsonNaming.Newtonsoft or JsonNaming.NewtonsoftCamelCase => types.NewtonsoftJsonPropertyAttribute,
            _ => null,
        };

        /// <summary>"System.Text.Json.Serialization.JsonPropertyName" for JsonPropertyNameAttribute: how code names it.</summary>
        public static string NameInCode(INamedTypeSymbol attribute)
        {
            var name = attribute.ToDisplayString();
            const string Suffix = "Attribute";
            return name.EndsWith(Suffix, System.StringComparison.Ordinal) ? name.Substring(0, name.Length - Suffix.Length) : name;
        }

        private static bool IsRead(INamedTypeSymbol? attribute, bool serializerKnown, INamedTypeSymbol? read, KnownTypes types)
            => serializerKnown
                ? KnownTypes.Is(attribute, read)
                : KnownTypes.Is(attribute, types.JsonPropertyNameAttribute) || KnownTypes.Is(attribute, types.NewtonsoftJsonPropertyAttribute);
    }
}
