using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
    /// assigned once, or a static readonly field initialised in the same file.
    /// </summary>
    internal static class UnixEpochs
    {
        private const int UtcKind = 1;
        private const int LocalKind = 2;

        /// <summary>The epoch's form, and the <c>new DateTime(1970, 1, 1...)</c> it is made from (the node a fix rewrites).</summary>
        public static (EpochForm Form, IObjectCreationOperation? Written) Classify(IOperation value, KnownTypes types)
        {
            value = Resolve(value);
            switch (value)
            {
                case IFieldReferenceOperation { Field: { Name: "UnixEpoch", IsStatic: true } }:
                case IPropertyReferenceOperation { Property: { Name: "UnixEpoch", IsStatic: true } }:
                    return (EpochForm.Written, null);
                case IObjectCreationOperation creation when KnownTypes.Is(creation.Type, types.DateTime) && IsWrittenEpoch(creation):
                    return (EpochForm.Written, creation);
                case IInvocationOperation { TargetMethod.Name: "ToUniversalTime" or "ToLocalTime", Instance: { } instance, Arguments.Length: 0 } call
                    when KnownTypes.Is(call.Type, types.DateTime):
                    if (Resolve(instance) is not IObjectCreationOperation written || !KnownTypes.Is(written.Type, types.DateTime) || !IsWrittenEpoch(written))
                    {
                        return (EpochForm.None, null);
                    }

                    var kind = KindOf(written);
                    return call.TargetMethod.Name == "ToUniversalTime"
                        ? (kind == UtcKind ? EpochForm.Written : EpochForm.ToUtc, written)
                        : (kind == LocalKind ? EpochForm.Written : EpochForm.ToLocal, written);
                case IObjectCreationOperation { Arguments.Length: 1 } offset when KnownTypes.Is(offset.Type, types.DateTimeOffset):
                    // new DateTimeOffset(dateTime) reads the kind: only a Utc one is the Unix epoch's instant.
                    return Resolve(offset.Arguments[0].Value) is IObjectCreationOperation inner && KnownTypes.Is(inner.Type, types.DateTime) && IsWrittenEpoch(inner)
                        ? (KindOf(inner) == UtcKind ? EpochForm.Written : EpochForm.LocalInstant, inner)
                        : (EpochForm.None, null);
                default:
                    return (EpochForm.None, null);
            }
        }

        /// <summary>Follows conversions, a local assigned once, and a static readonly field initialised in this file.</summary>
        private static IOperation Resolve(IOperation value)
        {
            value = Operations.SkipConversions(value);
            if (value is ILocalReferenceOperation local && LocalValues.TryGetSingleValue(local, out var initializer))
            {
                return Operations.SkipConversions(initializer);
            }

            if (value is IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field } && value.SemanticModel is { } model)
            {
                foreach (var reference in field.DeclaringSyntaxReferences)
                {
                    if (reference.SyntaxTree == model.SyntaxTree && reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } fieldValue }
                        && model.GetOperation(fieldValue) is { } fieldOperation)
                    {
                        return Operations.SkipConversions(fieldOperation);
                    }
                }
            }

            return value;
        }

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
