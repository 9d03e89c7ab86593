using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// What JSON a value serialises to when its C# type alone decides that it is not an object: a string, a number, a
    /// boolean or an array (System.Text.Json and Newtonsoft write every non-dictionary enumerable as an array).
    /// </summary>
    internal static class JsonShape
    {
        /// <summary>
        /// "a string", "a number", "a boolean" or "an array"; null when the value may be an object, or is null.
        /// <paramref name="origin"/> is where the value is written: itself, or the initializer of a local assigned once.
        /// </summary>
        public static string? NonObjectKind(IOperation value, KnownTypes types, out IOperation origin)
        {
            value = Operations.SkipConversions(value);
            if (value is ILocalReferenceOperation local && LocalValues.TryGetSingleValue(local, out var initializer))
            {
                value = Operations.SkipConversions(initializer);
            }

            origin = value;
            if (value.ConstantValue is { HasValue: true, Value: null } || value is IDefaultValueOperation || value.Type is not { } type)
            {
                return null;
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                case SpecialType.System_Char:
                    return "a string";
                case SpecialType.System_Boolean:
                    return "a boolean";
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
                    return "a number";
            }

            return type is IArrayTypeSymbol || IsNonDictionaryEnumerable(type, types) ? "an array" : null;
        }

        private static bool IsNonDictionaryEnumerable(ITypeSymbol type, KnownTypes types)
        {
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface))
            {
                return false;
            }

            // A JToken may hold an object: of Newtonsoft's tree, only JArray is known to be an array.
            if (KnownTypes.Is(type, types.NewtonsoftJArray))
            {
                return true;
            }

            var enumerable = type.SpecialType == SpecialType.System_Collections_IEnumerable;
            foreach (var candidate in type.AllInterfaces)
            {
                if (IsDictionary(candidate, types))
                {
                    return false;
                }

                enumerable |= candidate.SpecialType == SpecialType.System_Collections_IEnumerable;
            }

            if (IsDictionary(type, types) || DerivesFrom(type, types.NewtonsoftJToken))
            {
                return false;
            }

            return enumerable;
        }

        private static bool IsDictionary(ITypeSymbol type, KnownTypes types)
            => KnownTypes.Is(type, types.GenericIDictionary) || KnownTypes.Is(type, types.GenericIReadOnlyDictionary) || KnownTypes.Is(type, types.IDictionary);

        private static bool DerivesFrom(ITypeSymbol type, INamedTypeSymbol? known)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (KnownTypes.Is(current, known))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
