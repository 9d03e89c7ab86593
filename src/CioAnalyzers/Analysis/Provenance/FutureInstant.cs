using System;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// How far ahead of now a Unix-seconds value lies when it is built from now and constants only:
    /// <c>DateTimeOffset.UtcNow.AddDays(120).ToUnixTimeSeconds()</c>, <c>UtcNow.Add(TimeSpan.FromDays(120))</c>,
    /// <c>UtcNow.ToUnixTimeSeconds() + 120 * 86400</c>. Months count as 28 days and years as 365, the least they can be.
    /// </summary>
    internal static class FutureInstant
    {
        private const int MaxDepth = 8;
        private const double Day = 86400;

        /// <summary>Seconds after now, or null when the value is not built from now and constants.</summary>
        public static double? SecondsAhead(IOperation value, KnownTypes types) => UnixSecondsAhead(value, types, 0);

        private static double? UnixSecondsAhead(IOperation value, KnownTypes types, int depth)
        {
            value = Follow(value);
            if (depth > MaxDepth)
            {
                return null;
            }

            switch (value)
            {
                case IInvocationOperation { TargetMethod.Name: "ToUnixTimeSeconds", Instance: { } instant }
                    when KnownTypes.Is(instant.Type, types.DateTimeOffset):
                    return InstantAhead(instant, types, depth + 1);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } binary:
                    var sign = binary.OperatorKind == BinaryOperatorKind.Add ? 1 : -1;
                    if (Number(binary.RightOperand) is { } right && UnixSecondsAhead(binary.LeftOperand, types, depth + 1) is { } left)
                    {
                        return left + (sign * right);
                    }

                    return sign > 0 && Number(binary.LeftOperand) is { } first && UnixSecondsAhead(binary.RightOperand, types, depth + 1) is { } second
                        ? first + second
                        : null;
                default:
                    return null;
            }
        }

        private static double? InstantAhead(IOperation instant, KnownTypes types, int depth)
        {
            instant = Follow(instant);
            if (depth > MaxDepth)
            {
                return null;
            }

            switch (instant)
            {
                case IPropertyReferenceOperation { Property: { IsStatic: true, Name: "UtcNow" or "Now" } property }
                    when KnownTypes.Is(property.ContainingType, types.DateTimeOffset):
                    return 0;
                case IInvocationOperation { Instance: { } earlier, Arguments.Length: 1 } add
                    when KnownTypes.Is(add.TargetMethod.ContainingType, types.DateTimeOffset):
                    var argument = add.Arguments[0].Value;
                    var amount = add.TargetMethod.Name == "Add" ? Span(argument, types) : Number(argument) * UnitOf(add.TargetMethod.Name);
                    return amount is { } seconds && InstantAhead(earlier, types, depth + 1) is { } before ? before + seconds : null;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when Span(binary.RightOperand, types) is { } span:
                    return InstantAhead(binary.LeftOperand, types, depth + 1) is { } start ? start + span : null;
                default:
                    return null;
            }
        }

        /// <summary>The seconds of <c>TimeSpan.FromDays(c)</c> and its kin with a constant argument.</summary>
        private static double? Span(IOperation value, KnownTypes types)
        {
            value = Follow(value);
            return value is IInvocationOperation { TargetMethod: { IsStatic: true } method, Arguments.Length: 1 } from
                && KnownTypes.Is(method.ContainingType, types.TimeSpan) && method.Name.StartsWith("From", StringComparison.Ordinal)
                ? Number(from.Arguments[0].Value) * UnitOf("Add" + method.Name.Substring(4))
                : null;
        }

        private static double? UnitOf(string addMethod) => addMethod switch
        {
            "AddSeconds" => 1,
            "AddMinutes" => 60,
            "AddHours" => 3600,
            "AddDays" => Day,
            "AddMonths" => 28 * Day,
            "AddYears" => 365 * Day,
            _ => null,
        };

        private static double? Number(IOperation value)
        {
            value = Operations.SkipConversions(value);
            return value.ConstantValue is { HasValue: true, Value: { } constant } && constant is not string and not bool and not char
                ? Convert.ToDouble(constant, System.Globalization.CultureInfo.InvariantCulture)
                : null;
        }

        private static IOperation Follow(IOperation value)
        {
            value = Operations.SkipConversions(value);
            return value is ILocalReferenceOperation local && LocalValues.TryGetSingleValue(local, out var initializer)
                ? Operations.SkipConversions(initializer)
                : value;
        }
    }
}
