using System;
using System.Linq;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>How far ahead of now a value lies, where it is made, and the member that makes it when that is another member.</summary>
    internal readonly struct Ahead
    {
        public Ahead(double seconds, SyntaxNode origin, string? member, bool passed = false)
        {
            Seconds = seconds;
            Origin = origin;
            Member = member;
            Passed = passed;
        }

        public double Seconds { get; }

        /// <summary>The expression that computes the instant: the value sent, or the member's value.</summary>
        public SyntaxNode Origin { get; }

        /// <summary>The member the value is read from (<c>SendAt()</c>), null when the value is computed where it is sent.</summary>
        public string? Member { get; }

        /// <summary>True when the instant is an argument a caller passes to a helper: it stays the origin of what the helper computes from it.</summary>
        public bool Passed { get; }

        /// <summary><see cref="Seconds"/> moved by <paramref name="more"/>, computed at <paramref name="at"/> unless the instant was passed by a caller.</summary>
        public Ahead Plus(double more, SyntaxNode at) => new(Seconds + more, Passed ? Origin : at, Member, Passed);
    }

    /// <summary>
    /// How far ahead of now a Unix-seconds value lies when it is built from now and constants only:
    /// <c>DateTimeOffset.UtcNow.AddDays(120).ToUnixTimeSeconds()</c>, <c>UtcNow.Add(TimeSpan.FromDays(120))</c>,
    /// <c>UtcNow.ToUnixTimeSeconds() + 120 * 86400</c>. Months count as 28 days and years as 365, the least they can be.
    /// The value or the instant may be read from another member (see <see cref="MemberValues"/>): a member answers with
    /// the nearest of its values, and not at all when one of them is not built from now and constants.
    /// </summary>
    internal static class FutureInstant
    {
        private const int MaxDepth = 8;
        private const double Day = 86400;

        /// <summary>Seconds after now, or null when the value is not built from now and constants.</summary>
        public static Ahead? SecondsAhead(IOperation value, KnownTypes types) => UnixSecondsAhead(value, types, 0, Flow.Start);

        private static Ahead? UnixSecondsAhead(IOperation value, KnownTypes types, int depth, Flow flow)
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
                    return InstantAhead(instant, types, depth + 1, flow) is { } ahead ? ahead.Plus(0, value.Syntax) : null;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } binary:
                    var sign = binary.OperatorKind == BinaryOperatorKind.Add ? 1 : -1;
                    if (Number(binary.RightOperand) is { } right && UnixSecondsAhead(binary.LeftOperand, types, depth + 1, flow) is { } left)
                    {
                        return left.Plus(sign * right, value.Syntax);
                    }

                    return sign > 0 && Number(binary.LeftOperand) is { } first && UnixSecondsAhead(binary.RightOperand, types, depth + 1, flow) is { } second
                        ? second.Plus(first, value.Syntax)
                        : null;
                default:
                    return FromMember(value, types, depth, flow, UnixSecondsAhead);
            }
        }

        private static Ahead? InstantAhead(IOperation instant, KnownTypes types, int depth, Flow flow)
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
                    return new Ahead(0, instant.Syntax, null);
                case IInvocationOperation { Instance: { } earlier, Arguments.Length: 1 } add
                    when KnownTypes.Is(add.TargetMethod.ContainingType, types.DateTimeOffset):
                    var argument = add.Arguments[0].Value;
                    var amount = add.TargetMethod.Name == "Add" ? Span(argument, types) : Number(argument) * UnitOf(add.TargetMethod.Name);
                    return amount is { } seconds && InstantAhead(earlier, types, depth + 1, flow) is { } before ? before.Plus(seconds, instant.Syntax) : null;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when Span(binary.RightOperand, types) is { } span:
                    return InstantAhead(binary.LeftOperand, types, depth + 1, flow) is { } start ? start.Plus(span, instant.Syntax) : null;
                default:
                    return FromMember(instant, types, depth, flow, InstantAhead);
            }
        }

        /// <summary>
        /// True when "now" in <paramref name="produced"/> is read when the member is: a helper, a lambda or a getter with a
        /// body runs at each read, a helper's parameter is its caller's argument, and a record built in the reading body
        /// was made just before. A field, an auto-property or a constructor's argument keeps an instant computed earlier,
        /// which is nearer by the time it is sent.
        /// </summary>
        private static bool ComputedWhenRead(MemberValue member, IOperation produced, IOperation read)
            => member.PassedThrough || member.Member is IMethodSymbol || Operations.SameBody(produced, read)
               || (member.Member is IPropertySymbol property && property.DeclaringSyntaxReferences.Length == 1
                   && property.DeclaringSyntaxReferences[0].GetSyntax() is PropertyDeclarationSyntax declaration
                   && (declaration.ExpressionBody is not null || declaration.AccessorList?.Accessors.Any(a => a.Body is not null || a.ExpressionBody is not null) == true));

        /// <summary>
        /// A member whose every value is ahead of now: the nearest of them, which each value lies at least as far ahead as.
        /// The origin is the member's value, or the value sent when the member is a helper's parameter (the caller's argument).
        /// </summary>
        private static Ahead? FromMember(IOperation value, KnownTypes types, int depth, Flow flow, Func<IOperation, KnownTypes, int, Flow, Ahead?> ahead)
        {
            if (MemberValues.Of(value, flow, out var next) is not { } member)
            {
                return null;
            }

            Ahead? nearest = null;
            foreach (var produced in member.Values)
            {
                if (!ComputedWhenRead(member, produced, value) || ahead(produced, types, depth + 1, next) is not { } found)
                {
                    return null;
                }

                if (nearest is null || found.Seconds < nearest.Value.Seconds)
                {
                    nearest = found;
                }
            }

            var near = nearest!.Value;
            return member.PassedThrough ? new Ahead(near.Seconds, near.Origin, near.Member, passed: true)
                : near.Passed ? near
                : new Ahead(near.Seconds, near.Origin, member.Describe(near.Member ?? near.Origin.ToString()));
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
