using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>A Unix time computed from a date and an epoch on different clocks: where, why, and the epoch that fixes it.</summary>
    internal sealed class EpochMismatch
    {
        public EpochMismatch(SyntaxNode mistake, string description, SyntaxNode? fixTarget, string? replacement)
        {
            Mistake = mistake;
            Description = description;
            FixTarget = fixTarget;
            Replacement = replacement;
        }

        public SyntaxNode Mistake { get; }

        public string Description { get; }

        /// <summary>The epoch expression a fix replaces with <see cref="Replacement"/>; null when there is no fix.</summary>
        public SyntaxNode? FixTarget { get; }

        public string? Replacement { get; }
    }

    /// <summary>
    /// "Is Unix seconds measured on two clocks": <c>(date - epoch).TotalSeconds</c> (also through a cast, <c>Math.Floor</c>,
    /// <c>Convert.ToInt64</c> or a local) where DateTime subtraction, which ignores kinds, mixes a UTC clock with the server's
    /// local one: an epoch converted with <c>ToUniversalTime()</c>; a <c>ToLocalTime()</c> epoch with a UTC date; a local date
    /// (<c>DateTime.Now</c>) with the epoch as written; a DateTimeOffset made from an epoch that is not of kind Utc. The
    /// seconds, the date and the epoch may each come from another member (see <see cref="MemberValues"/>); the fix is
    /// offered only when the subtraction lies in the sending body.
    /// </summary>
    internal static class EpochMismatches
    {
        private const int MaxDepth = 6;

        private const string UnixEpoch = "DateTime.UnixEpoch";

        private const string UtcEpoch = "new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc)";

        public static EpochMismatch? Find(IOperation seconds, KnownTypes types) => Find(seconds, types, Flow.Start);

        private static EpochMismatch? Find(IOperation seconds, KnownTypes types, Flow flow)
        {
            if (SpanOf(seconds, types, 0) is not var (date, epochValue))
            {
                return FromMember(seconds, types, flow);
            }

            if (UnixEpochs.Classify(epochValue, types, flow) is not { } epoch)
            {
                return null;
            }

            // A fix rewrites the epoch where the subtraction is written, only when that is the sending body.
            var fixable = flow.Depth == 0;
            var hasUnixEpoch = types.DateTime.GetMembers("UnixEpoch").Length > 0;
            var written = epoch.Written;
            var writtenAsDateTime = written?.Syntax is ObjectCreationExpressionSyntax { Type: IdentifierNameSyntax { Identifier.ValueText: "DateTime" } };
            var epochUse = Resolved(epochValue).Syntax;
            switch (epoch.Form)
            {
                case EpochForm.LocalInstant when written is not null:
                    var rewritable = fixable && writtenAsDateTime && Operations.SameBody(written, seconds);
                    return new EpochMismatch(written.Syntax, $"{epoch.Description} is not of kind Utc, so the DateTimeOffset made from it is midnight in the server's time zone, not the Unix epoch",
                        rewritable ? written.Syntax : null, rewritable ? UtcEpoch : null);
                case EpochForm.ToUtc:
                    var utcDate = UtcDateTimes.Find(date, types, flow) is not null;
                    return new EpochMismatch(epoch.Origin.Syntax, $"{epoch.Description} is midnight in the server's time zone converted to UTC, not the Unix epoch",
                        fixable && utcDate && hasUnixEpoch && writtenAsDateTime ? epochUse : null, UnixEpoch);
                case EpochForm.ToLocal when UtcDateTimes.Find(date, types, flow) is { } utc:
                    return new EpochMismatch(epoch.Origin.Syntax, $"{utc.Description} is a UTC time measured from {epoch.Description}, the Unix epoch on the server's local clock",
                        fixable && hasUnixEpoch && writtenAsDateTime ? epochUse : null, UnixEpoch);
                case EpochForm.Written when LocalProducer(date, types, 0, flow) is { } local:
                    return new EpochMismatch(local.Producer, $"{local.Description} is a local time measured from the Unix epoch, which is midnight UTC", null, null);
                default:
                    return null;
            }
        }

        /// <summary>Unix seconds made by a member (a helper, a property, a field) whose every value mixes two clocks.</summary>
        private static EpochMismatch? FromMember(IOperation seconds, KnownTypes types, Flow flow)
        {
            if (MemberValues.Of(Resolved(seconds), flow, out var next) is not { } member)
            {
                return null;
            }

            EpochMismatch? first = null;
            foreach (var produced in member.Values)
            {
                if (Find(produced, types, next) is not { } mismatch)
                {
                    return null;
                }

                first ??= mismatch;
            }

            var description = member.PassedThrough ? first!.Description : $"{member.Name}: {first!.Description}";
            return new EpochMismatch(first.Mistake, description, null, null);
        }

        /// <summary>The date and the epoch of the DateTime or DateTimeOffset subtraction whose TotalSeconds the value is.</summary>
        private static (IOperation Date, IOperation Epoch)? SpanOf(IOperation value, KnownTypes types, int depth)
        {
            value = Resolved(value);
            if (depth > MaxDepth)
            {
                return null;
            }

            switch (value)
            {
                case IInvocationOperation { Instance: null, Arguments.Length: >= 1 } call
                    when call.TargetMethod.ContainingType?.ToDisplayString() is "System.Math" or "System.Convert":
                    return SpanOf(call.Arguments[0].Value, types, depth + 1);
                case IPropertyReferenceOperation { Property.Name: "TotalSeconds", Instance: { } span } when KnownTypes.Is(span.Type, types.TimeSpan):
                    var subtraction = Resolved(span);
                    if (subtraction is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } binary && IsDate(binary.LeftOperand.Type, types))
                    {
                        return (binary.LeftOperand, binary.RightOperand);
                    }

                    return subtraction is IInvocationOperation { TargetMethod.Name: "Subtract", Instance: { } instance, Arguments.Length: 1 } subtract
                        && IsDate(instance.Type, types) && IsDate(subtract.Arguments[0].Value.Type, types)
                        ? (instance, subtract.Arguments[0].Value)
                        : null;
                default:
                    return null;
            }
        }

        /// <summary>DateTime.Now, DateTime.Today, ToLocalTime(), DateTimeOffset.LocalDateTime, and what keeps their clock, or a member whose every value is one.</summary>
        private static (SyntaxNode Producer, string Description)? LocalProducer(IOperation value, KnownTypes types, int depth, Flow flow)
        {
            value = Resolved(value);
            if (depth > MaxDepth)
            {
                return null;
            }

            switch (value)
            {
                case IPropertyReferenceOperation { Property: { Name: "Now" or "Today", IsStatic: true } } now when KnownTypes.Is(now.Property.ContainingType, types.DateTime):
                case IPropertyReferenceOperation { Property.Name: "LocalDateTime" } local when KnownTypes.Is(local.Property.ContainingType, types.DateTimeOffset):
                case IInvocationOperation { TargetMethod.Name: "ToLocalTime" } call when KnownTypes.Is(call.Type, types.DateTime):
                    return (value.Syntax, value.Syntax.ToString());
                case IPropertyReferenceOperation { Property.Name: "Date", Instance: { } instance } when KnownTypes.Is(value.Type, types.DateTime):
                    return LocalProducer(instance, types, depth + 1, flow);
                case IInvocationOperation { Instance: { } instance } call when KnownTypes.Is(call.Type, types.DateTime) && call.TargetMethod.Name.StartsWith("Add", System.StringComparison.Ordinal):
                    return LocalProducer(instance, types, depth + 1, flow);
            }

            if (MemberValues.Of(value, flow, out var next) is not { } member)
            {
                return null;
            }

            (SyntaxNode Producer, string Description)? first = null;
            foreach (var produced in member.Values)
            {
                if (LocalProducer(produced, types, depth + 1, next) is not { } found)
                {
                    return null;
                }

                first ??= found;
            }

            return (first!.Value.Producer, member.Describe(first.Value.Description));
        }

        private static IOperation Resolved(IOperation value)
        {
            value = Operations.SkipConversions(value);
            return value is ILocalReferenceOperation local && LocalValues.TryGetSingleValue(local, out var initializer)
                ? Operations.SkipConversions(initializer)
                : value;
        }

        private static bool IsDate(ITypeSymbol? type, KnownTypes types) => KnownTypes.Is(type, types.DateTime) || KnownTypes.Is(type, types.DateTimeOffset);
    }
}
