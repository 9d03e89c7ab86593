using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// "May be null or empty": environment variables and configuration reads, directly or through a local,
    /// unless a guard (<c>?? throw</c>, an IsNullOrEmpty check, a null test, ThrowIfNull...) makes the value safe; also
    /// through a member (helper method, property, field: see <see cref="MemberValues"/>) whose every value may be missing.
    /// </summary>
    internal static class MaybeMissing
    {
        public static MissingValueSource? Find(IOperation value, KnownTypes types) => Find(value, types, Flow.Start);

        private static MissingValueSource? Find(IOperation value, KnownTypes types, Flow flow)
        {
            value = Operations.SkipConversions(value);
            if (value is ILocalReferenceOperation local)
            {
                if (!LocalValues.TryGetSingleValue(local, out var initializer) || Guards.IsGuarded(local.Local, local, types))
                {
                    return null;
                }

                return Find(initializer, types, flow);
            }

            return FindDirect(value, types) ?? FromMember(value, types, flow);
        }

        /// <summary>
        /// A member whose every value may be missing, unless its type checks it somewhere (a field tested in the
        /// constructor is safe wherever it is read).
        /// </summary>
        private static MissingValueSource? FromMember(IOperation value, KnownTypes types, Flow flow)
        {
            if (MemberValues.Of(value, flow, out var next) is not { } member)
            {
                return null;
            }

            foreach (var read in member.Reads)
            {
                if (Guards.IsGuard(read, types))
                {
                    return null;
                }
            }

            MissingValueSource? first = null;
            foreach (var produced in member.Values)
            {
                var source = Find(produced, types, next);
                if (source is null)
                {
                    return null;
                }

                first ??= source;
            }

            var fixable = member.Values.Length == 1 && first!.Fixable && member.Uses == 1;
            return new MissingValueSource(first!.Read, member.Describe(first.Description), first.Key, fixable);
        }

        private static MissingValueSource? FindDirect(IOperation value, KnownTypes types)
        {
            switch (value)
            {
                // x ?? fallback: missing only when the fallback may be missing too, or is an empty constant.
                case ICoalesceOperation coalesce:
                    var fallback = Operations.SkipConversions(coalesce.WhenNull);
                    if (fallback.ConstantValue is { HasValue: true, Value: string text } && string.IsNullOrWhiteSpace(text))
                    {
                        return FindDirect(Operations.SkipConversions(coalesce.Value), types);
                    }

                    return fallback is IThrowOperation ? null : FindDirect(fallback, types);

                case IConditionalOperation conditional when conditional.WhenFalse is not null:
                    return FindDirect(Operations.SkipConversions(conditional.WhenTrue), types)
                        ?? FindDirect(Operations.SkipConversions(conditional.WhenFalse), types);

                case IInvocationOperation or IPropertyReferenceOperation:
                    // A read with a non-empty default is never missing.
                    return SettingReads.TryRead(value, types, out var source, out var hasDefault) && !hasDefault ? source : null;

                default:
                    return null;
            }
        }
    }
}
