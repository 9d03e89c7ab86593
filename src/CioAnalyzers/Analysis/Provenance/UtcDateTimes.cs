using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// "Is a DateTime of kind Utc": <c>DateTime.UtcNow</c>, <c>DateTime.UnixEpoch</c>, <c>x.ToUniversalTime()</c>,
    /// <c>DateTimeOffset.UtcDateTime</c>, <c>DateTime.SpecifyKind(x, DateTimeKind.Utc)</c>, <c>new DateTime(..., DateTimeKind.Utc)</c>,
    /// and what keeps their kind (<c>AddDays(...)</c>, <c>.Date</c>, <c>+ span</c>), directly, through a local assigned once or
    /// through the members it reads (see <see cref="MemberValues"/>).
    /// Any other DateTime is local or of unknown kind.
    /// </summary>
    internal static class UtcDateTimes
    {
        private const int MaxDepth = 6;

        /// <summary>DateTimeKind.Utc's value.</summary>
        private const int UtcKind = 1;

        /// <summary>The operation that makes the UTC value, and its name for messages.</summary>
        public static (SyntaxNode Producer, string Description)? Find(IOperation value, KnownTypes types) => Find(value, types, 0, Flow.Start);

        /// <summary>The same, for a value read in <paramref name="flow"/> (inside a helper another question entered).</summary>
        public static (SyntaxNode Producer, string Description)? Find(IOperation value, KnownTypes types, Flow flow) => Find(value, types, 0, flow);

        private static (SyntaxNode Producer, string Description)? Find(IOperation value, KnownTypes types, int depth, Flow flow)
        {
            value = Operations.SkipConversions(value);
            if (depth > MaxDepth)
            {
                return null;
            }

            switch (value)
            {
                case ILocalReferenceOperation local when LocalValues.TryGetSingleValue(local, out var initializer):
                    return Find(initializer, types, depth + 1, flow);

                case IConditionalAccessOperation access:
                    return Find(access.WhenNotNull, types, depth + 1, flow);

                case IPropertyReferenceOperation { Property: { Name: "UtcNow", IsStatic: true } } now when IsDateTime(now.Property.ContainingType, types):
                    return (now.Syntax, "DateTime.UtcNow");

                case IPropertyReferenceOperation { Property.Name: "UtcDateTime" } utc when KnownTypes.Is(utc.Property.ContainingType, types.DateTimeOffset):
                    return (utc.Syntax, "DateTimeOffset.UtcDateTime");

                case IPropertyReferenceOperation { Property.Name: "Date", Instance: { } instance } date when IsDateTime(date.Property.ContainingType, types):
                    return Find(instance, types, depth + 1, flow);

                case IFieldReferenceOperation { Field: { Name: "UnixEpoch", IsStatic: true } } epoch when IsDateTime(epoch.Field.ContainingType, types):
                    return (epoch.Syntax, "DateTime.UnixEpoch");

                case IInvocationOperation call when IsDateTime(call.TargetMethod.ContainingType, types) && IsDateTime(call.Type, types):
                    return FromCall(call, types, depth, flow);

                case IObjectCreationOperation creation when IsDateTime(creation.Type, types) && PassesUtcKind(creation.Arguments):
                    return (creation.Syntax, "new DateTime(..., DateTimeKind.Utc)");

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } binary
                    when IsDateTime(binary.Type, types) && IsDateTime(binary.LeftOperand.Type, types):
                    return Find(binary.LeftOperand, types, depth + 1, flow);

                default:
                    return FromMember(value, types, depth, flow);
            }
        }

        /// <summary>A member (helper, property, field, record property, parameter) whose every value is UTC.</summary>
        private static (SyntaxNode Producer, string Description)? FromMember(IOperation value, KnownTypes types, int depth, Flow flow)
        {
            if (MemberValues.Of(value, flow, out var next) is not { } member)
            {
                return null;
            }

            (SyntaxNode Producer, string Description)? first = null;
            foreach (var produced in member.Values)
            {
                if (Find(produced, types, depth + 1, next) is not { } found)
                {
                    return null;
                }

                first ??= found;
            }

            return first is { } utc ? (utc.Producer, member.Describe(utc.Description)) : null;
        }

        private static (SyntaxNode Producer, string Description)? FromCall(IInvocationOperation call, KnownTypes types, int depth, Flow flow)
        {
            var name = call.TargetMethod.Name;
            if (name == "ToUniversalTime")
            {
                return (call.Syntax, "ToUniversalTime()");
            }

            if (name == "SpecifyKind")
            {
                return PassesUtcKind(call.Arguments) ? (call.Syntax, "DateTime.SpecifyKind(..., DateTimeKind.Utc)") : null;
            }

            // AddDays, AddHours, Subtract(TimeSpan)...: the result keeps the instance's kind.
            return call.Instance is { } instance && (name.StartsWith("Add", System.StringComparison.Ordinal) || name == "Subtract")
                ? Find(instance, types, depth + 1, flow)
                : null;
        }

        private static bool PassesUtcKind(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Type is { TypeKind: TypeKind.Enum, Name: "DateTimeKind" }
                    && argument.Value.ConstantValue is { HasValue: true, Value: UtcKind })
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsDateTime(ITypeSymbol? type, KnownTypes types) => KnownTypes.Is(type, types.DateTime);
    }
}
