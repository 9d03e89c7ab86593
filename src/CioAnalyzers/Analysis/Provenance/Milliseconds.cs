using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// "Produces Unix milliseconds": the value, the local assigned once from it, or the member it reads (a helper
    /// method, a property, a field: see <see cref="MemberValues"/>) whose every value is a millisecond count.
    /// </summary>
    internal static class Milliseconds
    {
        /// <summary>Smallest and largest 13-digit values: the years 2001 to 2286 in milliseconds.</summary>
        private const long Min13Digits = 1_000_000_000_000;
        private const long Max13Digits = 9_999_999_999_999;

        public static MillisecondsSource? Find(IOperation value, KnownTypes types) => Find(value, types, Flow.Start);

        private static MillisecondsSource? Find(IOperation value, KnownTypes types, Flow flow)
        {
            value = Operations.SkipConversions(value);
            if (value is ILocalReferenceOperation local && LocalValues.TryGetSingleValue(local, out var initializer))
            {
                var source = Find(initializer, types, flow);
                if (source is null)
                {
                    return null;
                }

                var onlyUse = LocalValues.CountReads(local.Local, local) == 1;
                return new MillisecondsSource(source.Producer, source.Description, source.Fixable && onlyUse, source.SharedUses);
            }

            return FindDirect(value, types) ?? FromMember(value, types, flow);
        }

        /// <summary>A member whose every value is milliseconds; fixable at its one value when every use of the member is fixed.</summary>
        private static MillisecondsSource? FromMember(IOperation value, KnownTypes types, Flow flow)
        {
            if (MemberValues.Of(value, flow, out var next) is not { } member)
            {
                return null;
            }

            MillisecondsSource? first = null;
            foreach (var produced in member.Values)
            {
                var source = Find(produced, types, next);
                if (source is null)
                {
                    return null;
                }

                first ??= source;
            }

            var fixable = member.Values.Length == 1 && first!.Fixable && first.SharedUses.IsEmpty && member.Uses > 0;
            return new MillisecondsSource(first!.Producer, member.Describe(first.Description), fixable, fixable && member.Uses > 1 ? member.Reads : default);
        }

        private static MillisecondsSource? FindDirect(IOperation value, KnownTypes types)
        {
            switch (value)
            {
                case IConditionalAccessOperation conditional:
                    return FindDirect(Operations.SkipConversions(conditional.WhenNotNull), types);

                case IInvocationOperation { TargetMethod.Name: "ToUnixTimeMilliseconds" } call
                    when KnownTypes.Is(call.TargetMethod.ContainingType, types.DateTimeOffset):
                    return new MillisecondsSource(call.Syntax, "DateTimeOffset.ToUnixTimeMilliseconds()", fixable: true);

                case IPropertyReferenceOperation { Property.Name: "TotalMilliseconds", Instance: { } span } total
                    when KnownTypes.Is(total.Property.ContainingType, types.TimeSpan) && IsSpanSinceEpoch(span, types):
                    return new MillisecondsSource(total.Syntax, "TotalMilliseconds of a span since the Unix epoch", fixable: true);

                case ILiteralOperation literal when IsThirteenDigits(literal.ConstantValue):
                    return new MillisecondsSource(literal.Syntax, $"the 13-digit literal {literal.Syntax}", fixable: true);

                default:
                    return null;
            }
        }

        private static bool IsThirteenDigits(Optional<object?> constant)
        {
            if (!constant.HasValue || constant.Value is null)
            {
                return false;
            }

            switch (constant.Value)
            {
                case long l: return l >= Min13Digits && l <= Max13Digits;
                case ulong u: return u >= Min13Digits && u <= Max13Digits;
                case double d: return d >= Min13Digits && d <= Max13Digits && d == System.Math.Floor(d);
                case decimal m: return m >= Min13Digits && m <= Max13Digits && m == decimal.Floor(m);
                default: return false;
            }
        }

        /// <summary><c>x - DateTime.UnixEpoch</c>, <c>x - new DateTime(1970, 1, 1)</c> and the DateTimeOffset forms.</summary>
        private static bool IsSpanSinceEpoch(IOperation span, KnownTypes types)
        {
            span = Operations.SkipConversions(span);
            if (span is ILocalReferenceOperation local && LocalValues.TryGetSingleValue(local, out var initializer))
            {
                span = Operations.SkipConversions(initializer);
            }

            if (span is IInvocationOperation { TargetMethod.Name: "Subtract", Instance: not null } subtract && subtract.Arguments.Length == 1)
            {
                return IsEpoch(subtract.Arguments[0].Value, types);
            }

            return span is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } binary && IsEpoch(binary.RightOperand, types);
        }

        private static bool IsEpoch(IOperation operation, KnownTypes types)
        {
            operation = Operations.SkipConversions(operation);
            if (operation is ILocalReferenceOperation local && LocalValues.TryGetSingleValue(local, out var initializer))
            {
                operation = Operations.SkipConversions(initializer);
            }

            var isDateType = KnownTypes.Is(operation.Type, types.DateTime) || KnownTypes.Is(operation.Type, types.DateTimeOffset);
            if (!isDateType)
            {
                return false;
            }

            return operation switch
            {
                IFieldReferenceOperation { Field.Name: "UnixEpoch" } => true,
                IPropertyReferenceOperation { Property.Name: "UnixEpoch" } => true,
                IObjectCreationOperation creation => creation.Arguments.Length >= 3
                    && creation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: 1970 }
                    && creation.Arguments[1].Value.ConstantValue is { HasValue: true, Value: 1 }
                    && creation.Arguments[2].Value.ConstantValue is { HasValue: true, Value: 1 },
                _ => false,
            };
        }
    }
}
