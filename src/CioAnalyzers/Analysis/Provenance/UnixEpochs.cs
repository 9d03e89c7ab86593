using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>Which clock an expression written as the Unix epoch stands on.</summary>
    internal enum EpochForm
    {
        /// <summary>Not an epoch the analysis recognises.</summary>
        None,

        /// <summary>Midnight, 1 January 1970, as written (any DateTimeKind): the Unix epoch on a UTC clock.</summary>
        Written,

        /// <summary>A written epoch converted with <c>ToUniversalTime()</c> from local (or unspecified) time: off by the offset on any clock.</summary>
        ToUtc,

        /// <summary>A written epoch converted with <c>ToLocalTime()</c>: the Unix epoch on the server's local clock.</summary>
        ToLocal,

        /// <summary>A DateTimeOffset made from a written epoch whose kind is not Utc: local midnight, an instant off by the offset.</summary>
        LocalInstant,
    }

    /// <summary>
    /// "Is the Unix epoch, on which clock": <c>DateTime.UnixEpoch</c>, <c>new DateTime(1970, 1, 1[, 0, 0, 0][, kind])</c>,
    /// their <c>ToUniversalTime()</c>/<c>ToLocalTime()</c>, and <c>new DateTimeOffset(...)</c> of them, directly, through a local
    /// assigned once, or through the members it reads (see <see cref="MemberValues"/>) when every value they may produce is
    /// the same form.
    /// </summary>
    internal static class UnixEpochs
    {
        private const int UtcKind = 1;
        private const int LocalKind = 2;

        /// <summary>The epoch's form, where it is written and the <c>new DateTime(1970, 1, 1...)</c> it is made from; null when it is no epoch.</summary>
        public static EpochValue? Classify(IOperation value, KnownTypes types, Flow flow)
        {
            value = Operations.SkipConversions(value);
            if (value is ILocalReferenceOperation local && LocalValues.TryGetSingleValue(local, out var initializer))
            {
                value = Operations.SkipConversions(initializer);
            }

            switch (value)
            {
                case IFieldReferenceOperation { Field: { Name: "UnixEpoch", IsStatic: true } }:
                case IPropertyReferenceOperation { Property: { Name: "UnixEpoch", IsStatic: true } }:
                    return new EpochValue(EpochForm.Written, null, value);
                case IObjectCreationOperation creation when KnownTypes.Is(creation.Type, types.DateTime):
                    return IsWrittenEpoch(creation) ? new EpochValue(EpochForm.Written, creation, value) : null;
                case IInvocationOperation { TargetMethod.Name: "ToUniversalTime" or "ToLocalTime", Instance: { } instance, Arguments.Length: 0 } call
                    when KnownTypes.Is(call.Type, types.DateTime):
                    if (WrittenIn(instance, types, flow) is not { } written)
                    {
                        return null;
                    }

                    var kind = KindOf(written);
                    var form = call.TargetMethod.Name == "ToUniversalTime"
                        ? (kind == UtcKind ? EpochForm.Written : EpochForm.ToUtc)
                        : (kind == LocalKind ? EpochForm.Written : EpochForm.ToLocal);
                    return new EpochValue(form, written, value);
                case IObjectCreationOperation { Arguments.Length: 1 } offset when KnownTypes.Is(offset.Type, types.DateTimeOffset):
                    // new DateTimeOffset(dateTime) reads the kind: only a Utc one is the Unix epoch's instant.
                    return WrittenIn(offset.Arguments[0].Value, types, flow) is { } inner
                        ? new EpochValue(KindOf(inner) == UtcKind ? EpochForm.Written : EpochForm.LocalInstant, inner, value)
                        : null;
                default:
                    return FromMember(value, types, flow);
            }
        }

        /// <summary>A member whose every value is an epoch of the same form.</summary>
        private static EpochValue? FromMember(IOperation value, KnownTypes types, Flow flow)
        {
            if (MemberValues.Of(value, flow, out var next) is not { } member)
            {
                return null;
            }

            EpochValue? first = null;
            foreach (var produced in member.Values)
            {
                if (Classify(produced, types, next) is not { } epoch || (first is not null && first.Form != epoch.Form))
                {
                    return null;
                }

                first ??= epoch;
            }

            return first!.Through(member);
        }

        /// <summary>The <c>new DateTime(1970, 1, 1...)</c> a value is, as written (not converted).</summary>
        private static IObjectCreationOperation? WrittenIn(IOperation value, KnownTypes types, Flow flow)
            => Classify(value, types, flow) is { Form: EpochForm.Written, Written: { } written } epoch && Operations.SkipConversions(epoch.Origin) is IObjectCreationOperation
                ? written
                : null;

        /// <summary><c>new DateTime(1970, 1, 1)</c>, with zero hours, minutes, seconds and milliseconds if given, and any kind.</summary>
        private static bool IsWrittenEpoch(IObjectCreationOperation creation)
        {
            var numbers = 0;
            foreach (var argument in creation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter?.Type.TypeKind == TypeKind.Enum)
                {
                    continue;
                }

                if (argument.Value.ConstantValue is not { HasValue: true, Value: int number })
                {
                    return false;
                }

                var expected = numbers switch { 0 => 1970, 1 or 2 => 1, _ => 0 };
                if (number != expected)
                {
                    return false;
                }

                numbers++;
            }

            return numbers >= 3;
        }

        /// <summary>The DateTimeKind passed (0, Unspecified, when none is).</summary>
        private static int KindOf(IObjectCreationOperation creation)
        {
            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter?.Type is { TypeKind: TypeKind.Enum, Name: "DateTimeKind" } && argument.Value.ConstantValue is { HasValue: true, Value: int kind })
                {
                    return kind;
                }
            }

            return 0;
        }
    }
}
