using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// The compile-time text of a string value: literals, consts, string.Empty and locals assigned once from them; also
    /// through a member (helper, property, field, record property, a helper's or constructor's parameter: see
    /// <see cref="MemberValues"/>) whose every value is the same text.
    /// </summary>
    internal static class ConstantStrings
    {
        /// <summary>The text, and the operation it is written in (the value itself, a local's initializer, a member's value).</summary>
        public static bool TryGet(IOperation value, out string text, out IOperation origin) => TryGet(value, Flow.Start, out text, out origin);

        private static bool TryGet(IOperation value, Flow flow, out string text, out IOperation origin)
        {
            value = Operations.SkipConversions(value);
            if (value is ILocalReferenceOperation local && LocalValues.TryGetSingleValue(local, out var initializer))
            {
                value = Operations.SkipConversions(initializer);
            }

            origin = value;
            switch (value)
            {
                case { ConstantValue: { HasValue: true, Value: string constant } }:
                    text = constant;
                    return true;

                case IFieldReferenceOperation { Field: { Name: "Empty", IsStatic: true } field }
                    when field.ContainingType?.SpecialType == SpecialType.System_String:
                    text = string.Empty;
                    return true;

                default:
                    return FromMember(value, flow, out text, out origin);
            }
        }

        private static bool FromMember(IOperation value, Flow flow, out string text, out IOperation origin)
        {
            text = string.Empty;
            origin = value;
            if (MemberValues.Of(value, flow, out var next) is not { } member)
            {
                return false;
            }

            string? first = null;
            foreach (var produced in member.Values)
            {
                if (!TryGet(produced, next, out var producedText, out var producedOrigin) || (first is not null && first != producedText))
                {
                    return false;
                }

                if (first is null)
                {
                    first = producedText;
                    origin = producedOrigin;
                }
            }

            text = first ?? string.Empty;
            return first is not null;
        }

        /// <summary>
        /// The constant text a sink sends, and where it is written: a URL's own text, or a value's constant (through a
        /// local's initializer). False when the value is known only at run time.
        /// </summary>
        public static bool TryGetSent(RoleSink sink, out string text, out SyntaxNode written)
        {
            if (sink.Value is null)
            {
                text = sink.ConstantText ?? string.Empty;
                written = sink.Syntax;
                return true;
            }

            var found = TryGet(sink.Value, out text, out var origin);
            written = origin.Syntax;
            return found;
        }

        public static bool IsBlank(string text) => text.Trim().Length == 0;
    }
}
