using System.Linq;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>What the payload readers ask of a type or call: serialiser entry points, HttpContent, string-keyed dictionaries.</summary>
    internal static class PayloadTypes
    {
        public const string FormContent = "FormUrlEncodedContent";

        public static bool IsSerializerCall(IInvocationOperation invocation, KnownTypes types)
        {
            var type = invocation.TargetMethod.ContainingType;
            return (KnownTypes.Is(type, types.JsonSerializer) && invocation.TargetMethod.Name.StartsWith("Serialize", System.StringComparison.Ordinal))
                || (KnownTypes.Is(type, types.NewtonsoftJsonConvert) && invocation.TargetMethod.Name == "SerializeObject")
                || (KnownTypes.Is(type, types.JsonContent) && invocation.TargetMethod.Name == "Create");
        }

        /// <summary>How the serialiser called names keys with its defaults.</summary>
        public static JsonNaming NamingOf(IInvocationOperation serializerCall, KnownTypes types)
        {
            var type = serializerCall.TargetMethod.ContainingType;
            if (KnownTypes.Is(type, types.JsonContent))
            {
                return JsonNaming.SystemTextJsonWeb;
            }

            return KnownTypes.Is(type, types.JsonSerializer) ? JsonNaming.SystemTextJson : JsonNaming.Newtonsoft;
        }

        public static bool IsHttpContent(ITypeSymbol? type, KnownTypes types)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (KnownTypes.Is(current, types.HttpContent))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Any JsonConverter attribute (System.Text.Json, Newtonsoft.Json or another library's): the member's form is the
        /// converter's, whatever it is.
        /// </summary>
        public static bool HasConverter(IPropertySymbol property)
        {
            foreach (var attribute in property.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == JsonSerializers.ConverterAttributeName)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True for IDictionary&lt;string, T&gt; and the types implementing it. The interfaces are read from the generic
        /// definition (once per definition, not once per construction) and its key type argument mapped back.
        /// </summary>
        public static bool IsStringKeyedDictionary(ITypeSymbol type, KnownTypes types)
        {
            if (type.SpecialType != SpecialType.None || types.GenericIDictionary is null)
            {
                return false;
            }

            if (type is not INamedTypeSymbol named)
            {
                return ImplementsWithStringKey(type, types);
            }

            var definition = named.OriginalDefinition;
            if (KnownTypes.Is(definition, types.GenericIDictionary))
            {
                return named.TypeArguments[0].SpecialType == SpecialType.System_String;
            }

            foreach (var candidate in definition.AllInterfaces)
            {
                if (!KnownTypes.Is(candidate, types.GenericIDictionary))
                {
                    continue;
                }

                var key = candidate.TypeArguments[0];
                if (key is ITypeParameterSymbol parameter)
                {
                    if (!SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, definition))
                    {
                        // A type parameter of an enclosing type: read the constructed type's own interfaces.
                        return ImplementsWithStringKey(named, types);
                    }

                    key = named.TypeArguments[parameter.Ordinal];
                }

                if (key.SpecialType == SpecialType.System_String)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ImplementsWithStringKey(ITypeSymbol type, KnownTypes types)
            => type.AllInterfaces.Concat(type is INamedTypeSymbol named ? new[] { named } : Enumerable.Empty<INamedTypeSymbol>())
                .Any(i => KnownTypes.Is(i, types.GenericIDictionary) && i.TypeArguments[0].SpecialType == SpecialType.System_String);
    }
}
