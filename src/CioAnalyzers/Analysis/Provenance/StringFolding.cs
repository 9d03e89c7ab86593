using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Constant folding of string expressions: literal, const, interpolation, +, string.Concat, string.Format, locals, and
    /// members with one value (a helper's return, a property, a field: see <see cref="MemberValues"/>), a helper's
    /// parameters read as the arguments its caller passes.
    /// </summary>
    internal static class StringFolding
    {
        private const int MaxDepth = 8;

        public static FoldedString Fold(IOperation operation)
        {
            var builder = new FoldedString.Builder();
            Append(operation, builder, 0, Flow.Start);
            return builder.ToFoldedString();
        }

        private static void Append(IOperation operation, FoldedString.Builder builder, int depth, Flow flow)
        {
            operation = Operations.SkipConversions(operation);
            if (operation.ConstantValue is { HasValue: true, Value: string constant })
            {
                builder.AddText(constant);
                return;
            }

            if (depth >= MaxDepth)
            {
                builder.AddHole(operation);
                return;
            }

            switch (operation)
            {
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolatedStringTextOperation text)
                        {
                            builder.AddText(text.Text.ConstantValue.Value as string ?? string.Empty);
                        }
                        else if (part is IInterpolationOperation { Alignment: null, FormatString: null } hole)
                        {
                            Append(hole.Expression, builder, depth + 1, flow);
                        }
                        else if (part is IInterpolationOperation formatted)
                        {
                            builder.AddHole(formatted.Expression);
                        }
                    }

                    return;

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary
                    when binary.Type?.SpecialType == SpecialType.System_String:
                    Append(binary.LeftOperand, builder, depth + 1, flow);
                    Append(binary.RightOperand, builder, depth + 1, flow);
                    return;

                case IInvocationOperation invocation when invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String:
                    if (TryAppendStringCall(invocation, builder, depth, flow))
                    {
                        return;
                    }

                    break;

                case ILocalReferenceOperation local when LocalValues.TryGetSingleValue(local, out var value):
                    // Follow the local only when it adds text: a run-time value stays the local, which guards refer to.
                    var inner = new FoldedString.Builder();
                    Append(value, inner, depth + 1, flow);
                    var folded = inner.ToFoldedString();
                    if (folded.Text.Length == 1 && folded.Holes.Length == 1)
                    {
                        builder.AddHole(operation);
                    }
                    else
                    {
                        builder.AddFolded(folded);
                    }

                    return;
            }

            if (operation.Type?.SpecialType == SpecialType.System_String && TryAppendMember(operation, builder, depth, flow))
            {
                return;
            }

            builder.AddHole(operation);
        }

        /// <summary>
        /// A member with one value, folded when it adds text (<c>PersonPath(id)</c> returning <c>$"customers/{id}"</c>) or
        /// stands for its caller's argument; a run-time value made inside it stays the member's read, where the caller sees it.
        /// </summary>
        private static bool TryAppendMember(IOperation operation, FoldedString.Builder builder, int depth, Flow flow)
        {
            if (MemberValues.Of(operation, flow, out var next) is not { Values.Length: 1 } member)
            {
                return false;
            }

            var inner = new FoldedString.Builder();
            Append(member.Values[0], inner, depth + 1, next);
            var folded = inner.ToFoldedString();
            if (folded.Text.Length == 1 && folded.Holes.Length == 1 && !member.PassedThrough
                && Operations.Root(folded.Holes[0]) != Operations.Root(operation))
            {
                return false;
            }

            builder.AddFolded(folded);
            return true;
        }

        private static bool TryAppendStringCall(IInvocationOperation invocation, FoldedString.Builder builder, int depth, Flow flow)
        {
            switch (invocation.TargetMethod.Name)
            {
                // Concat's object overloads write each value's text, as the string ones do; a sequence or span is not read.
                case "Concat" when ArgumentValues(invocation.Arguments, 0) is { } values && values.All(v => IsTextOrObject(v.Type)):
                    foreach (var value in values)
                    {
                        Append(value, builder, depth + 1, flow);
                    }

                    return true;

                // The pattern may follow an IFormatProvider, which changes how values are written, not where.
                case "Format" when FormatArgument(invocation.Arguments) is { } formatArgument
                    && formatArgument.Value.ConstantValue is { HasValue: true, Value: string format }
                    && ArgumentValues(invocation.Arguments, formatArgument.Parameter!.Ordinal + 1) is { } formatValues:
                    return CompositeFormat.TryAppend(format, formatValues, builder, (v, b) => Append(v, b, depth + 1, flow));

                default:
                    return false;
            }
        }

        /// <summary>The string parameter named <c>format</c>: the first, or the second after a provider.</summary>
        private static IArgumentOperation? FormatArgument(ImmutableArray<IArgumentOperation> arguments)
            => arguments.FirstOrDefault(a => a.Parameter is { Name: "format", Type.SpecialType: SpecialType.System_String });

        /// <summary>
        /// The values passed from parameter <paramref name="fromOrdinal"/> on, a params array (written out or as
        /// <c>new[] { ... }</c>) read as its elements; null when an array comes any other way.
        /// </summary>
        private static List<IOperation>? ArgumentValues(ImmutableArray<IArgumentOperation> arguments, int fromOrdinal)
        {
            var values = new List<IOperation>();
            foreach (var argument in arguments.Where(a => a.Parameter is { } p && p.Ordinal >= fromOrdinal).OrderBy(a => a.Parameter!.Ordinal))
            {
                if (argument.Parameter!.IsParams)
                {
                    if (Operations.SkipConversions(argument.Value) is not IArrayCreationOperation { Initializer: { } elements })
                    {
                        return null;
                    }

                    values.AddRange(elements.ElementValues);
                }
                else
                {
                    values.Add(argument.Value);
                }
            }

            return values;
        }

        private static bool IsTextOrObject(ITypeSymbol? type)
            => type?.SpecialType is SpecialType.System_String or SpecialType.System_Object;
    }
}
