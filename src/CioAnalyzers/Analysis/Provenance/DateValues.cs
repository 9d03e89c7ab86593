using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// "Is a date, or text formatted from one": a <c>DateTime</c> or <c>DateTimeOffset</c> value, or what
    /// <c>ToString(...)</c>, <c>ToShortDateString()</c> and the like, or an interpolation of one date alone, make of one;
    /// directly, through a local assigned once, or as every value of a member it reads (see <see cref="MemberValues"/>).
    /// </summary>
    internal static class DateValues
    {
        /// <summary>The date or formatted date <paramref name="value"/> is; <paramref name="datesAsText"/> false looks at formatted dates only.</summary>
        public static DateSource? Find(IOperation value, KnownTypes types, bool datesAsText)
        {
            value = Operations.SkipConversions(value);
            if (DateKind(value.Type, types) is { } kind)
            {
                return datesAsText ? new DateSource(value.Syntax, "A " + kind.Name, formatted: false, kind.IsOffset, rewritable: !kind.Nullable) : null;
            }

            if (value.Type?.SpecialType != SpecialType.System_String)
            {
                return null;
            }

            if (value is ILocalReferenceOperation local && LocalValues.TryGetSingleValue(local, out var initializer))
            {
                return Formatted(Operations.SkipConversions(initializer), types, direct: false);
            }

            return Formatted(value, types, direct: true) ?? FormattedInMember(value, types, Flow.Start);
        }

        /// <summary>Text a member (helper, property, field...) formats from a date in every one of its values; never rewritten there.</summary>
        private static DateSource? FormattedInMember(IOperation value, KnownTypes types, Flow flow)
        {
            if (MemberValues.Of(value, flow, out var next) is not { } member)
            {
                return null;
            }

            DateSource? first = null;
            foreach (var produced in member.Values)
            {
                var inner = Operations.SkipConversions(produced);
                if (inner is ILocalReferenceOperation local && LocalValues.TryGetSingleValue(local, out var initializer))
                {
                    inner = Operations.SkipConversions(initializer);
                }

                if ((Formatted(inner, types, direct: false) ?? FormattedInMember(inner, types, next)) is not { } found)
                {
                    return null;
                }

                first ??= found;
            }

            var description = member.PassedThrough ? first!.Description : member.Describe(Lowered(first!.Description));
            return new DateSource(first.Mistake, description, formatted: true, first.IsOffset, rewritable: false);
        }

        private static string Lowered(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text.Substring(1);

        private static DateSource? Formatted(IOperation value, KnownTypes types, bool direct)
        {
            switch (value)
            {
                case IInvocationOperation { Instance: { } receiver } call when IsFormatting(call.TargetMethod.Name)
                    && DateKind(receiver.Type, types) is { Nullable: false } kind:
                    return new DateSource(call.Syntax, "Text formatted from a " + kind.Name, formatted: true, kind.IsOffset, rewritable: direct);

                case IConditionalAccessOperation { WhenNotNull: IInvocationOperation call } access when IsFormatting(call.TargetMethod.Name)
                    && DateKind(access.Operation.Type, types) is { } kind:
                    return new DateSource(access.Syntax, "Text formatted from a " + kind.Name, formatted: true, kind.IsOffset, rewritable: false);

                case IInterpolatedStringOperation interpolation when OnlyDate(interpolation, types) is { } kind:
                    return new DateSource(interpolation.Syntax, "Text formatted from a " + kind.Name, formatted: true, kind.IsOffset, rewritable: false);

                default:
                    return null;
            }
        }

        /// <summary>The kind of the one date an interpolated string interpolates, when it interpolates nothing else.</summary>
        private static Kind? OnlyDate(IInterpolatedStringOperation interpolation, KnownTypes types)
        {
            Kind? found = null;
            foreach (var part in interpolation.Parts)
            {
                if (part is not IInterpolationOperation hole)
                {
                    continue;
                }

                if (found is not null || DateKind(Operations.SkipConversions(hole.Expression).Type, types) is not { } kind)
                {
                    return null;
                }

                found = kind;
            }

            return found;
        }

        private static bool IsFormatting(string method)
            => method is "ToString" or "ToShortDateString" or "ToLongDateString" or "ToShortTimeString" or "ToLongTimeString";

        private static Kind? DateKind(ITypeSymbol? type, KnownTypes types)
        {
            var nullable = false;
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapped)
            {
                type = wrapped.TypeArguments[0];
                nullable = true;
            }

            if (KnownTypes.Is(type, types.DateTime))
            {
                return new Kind("DateTime", isOffset: false, nullable);
            }

            return KnownTypes.Is(type, types.DateTimeOffset) ? new Kind("DateTimeOffset", isOffset: true, nullable) : null;
        }

        private sealed class Kind
        {
            public Kind(string name, bool isOffset, bool nullable)
            {
                Name = name;
                IsOffset = isOffset;
                Nullable = nullable;
            }

            public string Name { get; }

            public bool IsOffset { get; }

            public bool Nullable { get; }
        }
    }
}
