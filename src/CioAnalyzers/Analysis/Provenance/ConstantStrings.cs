using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>The compile-time text of a string value: literals, consts, string.Empty and locals assigned once from them.</summary>
    internal static class ConstantStrings
    {
        /// <summary>The text, and the operation it is written in (the value itself, or a local's initializer).</summary>
        public static bool TryGet(IOperation value, out string text, out IOperation origin)
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
                    text = string.Empty;
                    return false;
            }
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
