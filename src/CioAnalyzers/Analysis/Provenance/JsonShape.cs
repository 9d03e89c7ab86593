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
        /// <paramref name="origin"/> is where the value is written: itself, the initializer of a local assigned once, or,
        /// when the type sent leaves the shape open (<c>object</c>), the value of the member it reads (see
        /// <see cref="MemberValues"/>) when every value of that member has the same shape; <paramref name="member"/> then
        /// names that member.
        /// </summary>
        public static string? NonObjectKind(IOperation value, KnownTypes types, out IOperation origin, out string? member)
            => NonObjectKind(value, types, Flow.Start, out origin, out member);

        private static string? NonObjectKind(IOperation value, KnownTypes types, Flow flow, out IOperation origin, out string? member)
        {
            value = Operations.SkipConversions(value);
            if (value is ILocalReferenceOperation local && LocalValues.TryGetSingleValue(local, out var initializer))
            {
                value = Operations.SkipConversions(initializer);
            }

            origin = value;
            member = null;
            if (value.ConstantValue is { HasValue: true, Value: null } || value is IDefaultValueOperation || value.Type is not { } type)
            {
                return null;
            }

            return KindOf(type, types) ?? (type.SpecialType == SpecialType.System_Object ? FromMember(value, types, flow, ref origin, out member) : null);
        }

        /// <summary>An <c>object</c> read from a member whose every value has the same shape.</summary>
        private static string? FromMember(IOperation value, KnownTypes types, Flow flow, ref IOperation origin, out string? member)
        {
            member = null;
            if (MemberValues.Of(value, flow, out var next) is not { } read)
            {
                return null;
            }

            string? kind = null;
            IOperation? first = null;
            string? inner = null;
            foreach (var produced in read.Values)
            {
                var found = NonObjectKind(produced, types, next, out var written, out var through);
                if (found is null || (kind is not null && kind != found))
                {
                    return null;
                }

                if (first is null)
                {
                    (kind, first, inner) = (found, written, through);
                }
            }

            origin = first!;
            member = read.PassedThrough ? inner : read.Describe(inner ?? first!.Syntax.ToString());
            return kind;
        }

        private static string? KindOf(ITypeSymbol type, KnownTypes types)
        {
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
