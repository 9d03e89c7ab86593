using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>Constant folding of string expressions: literal, const, interpolation, +, string.Concat, string.Format, locals.</summary>
    internal static class StringFolding
    {
        private const int MaxDepth = 8;

        public static FoldedString Fold(IOperation operation)
        {
            var builder = new FoldedString.Builder();
            Append(operation, builder, 0);
            return builder.ToFoldedString();
        }

        private static void Append(IOperation operation, FoldedString.Builder builder, int depth)
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
                            Append(hole.Expression, builder, depth + 1);
                        }
                        else if (part is IInterpolationOperation formatted)
                        {
                            builder.AddHole(formatted.Expression);
                        }
                    }

                    return;

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary
                    when binary.Type?.SpecialType == SpecialType.System_String:
                    Append(binary.LeftOperand, builder, depth + 1);
                    Append(binary.RightOperand, builder, depth + 1);
                    return;

                case IInvocationOperation invocation when invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String:
                    if (TryAppendStringCall(invocation, builder, depth))
                    {
                        return;
                    }

                    break;

                case ILocalReferenceOperation local when LocalValues.TryGetSingleValue(local, out var value):
                    // Follow the local only when it adds text: a run-time value stays the local, which guards refer to.
                    var inner = new FoldedString.Builder();
                    Append(value, inner, depth + 1);
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

            builder.AddHole(operation);
        }

        private static bool TryAppendStringCall(IInvocationOperation invocation, FoldedString.Builder builder, int depth)
        {
            var values = invocation.Arguments
                .SelectMany(a => a.ArgumentKind == ArgumentKind.ParamArray && a.Value is IArrayCreationOperation { Initializer: { } init }
                    ? init.ElementValues
                    : Enumerable.Repeat(a.Value, 1))
                .ToList();
            switch (invocation.TargetMethod.Name)
            {
                case "Concat" when values.All(v => v.Type?.SpecialType == SpecialType.System_String):
                    foreach (var value in values)
                    {
                        Append(value, builder, depth + 1);
                    }

                    return true;

                case "Format" when values.Count >= 1 && values[0].ConstantValue is { HasValue: true, Value: string format }
                    && values[0].Type?.SpecialType == SpecialType.System_String:
                    return CompositeFormat.TryAppend(format, values.Skip(1).ToList(), builder, (v, b) => Append(v, b, depth + 1));

                default:
                    return false;
            }
        }
    }
}
