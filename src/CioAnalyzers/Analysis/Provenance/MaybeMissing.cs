using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// "May be null or empty": environment variables and configuration reads, directly or through a local,
    /// unless a guard (<c>?? throw</c>, an IsNullOrEmpty check, a null test, ThrowIfNull...) makes the value safe; also
    /// through a member (helper method, property, field: see <see cref="MemberValues"/>) whose every value may be missing.
    /// The project's configuration files confirm or clear a configuration read (<see cref="ConfiguredMissing"/>).
    /// </summary>
    internal static class MaybeMissing
    {
        public static MissingValueSource? Find(IOperation value, CustomerIoModel model) => Find(value, model, Flow.Start);

        private static MissingValueSource? Find(IOperation value, CustomerIoModel model, Flow flow)
        {
            value = Operations.SkipConversions(value);
            if (value is ILocalReferenceOperation local)
            {
                if (!LocalValues.TryGetSingleValue(local, out var initializer) || Guards.IsGuarded(local.Local, local, model.Types))
                {
                    return null;
                }

                return Find(initializer, model, flow);
            }

            return FindDirect(value, model) ?? FromMember(value, model, flow);
        }

        /// <summary>
        /// A member whose every value may be missing, unless its type checks it somewhere (a field tested in the
        /// constructor is safe wherever it is read).
        /// </summary>
        private static MissingValueSource? FromMember(IOperation value, CustomerIoModel model, Flow flow)
        {
            if (MemberValues.Of(value, flow, out var next) is not { } member)
            {
                return null;
            }

            foreach (var read in member.Reads)
            {
                if (Guards.IsGuard(read, model.Types))
                {
                    return null;
                }
            }

            MissingValueSource? first = null;
            foreach (var produced in member.Values)
            {
                var source = Find(produced, model, next);
                if (source is null)
                {
                    return null;
                }

                first ??= source;
            }

            var fixable = member.Values.Length == 1 && first!.Fixable && member.Uses == 1;
            return new MissingValueSource(first!.Read, member.Describe(first.Description), first.Key, fixable);
        }

        private static MissingValueSource? FindDirect(IOperation value, CustomerIoModel model)
        {
            switch (value)
            {
                // x ?? fallback: missing only when the fallback may be missing too, or is an empty constant.
                case ICoalesceOperation coalesce:
                    var fallback = Operations.SkipConversions(coalesce.WhenNull);
                    if (fallback.ConstantValue is { HasValue: true, Value: string text } && string.IsNullOrWhiteSpace(text))
                    {
                        return FindDirect(Operations.SkipConversions(coalesce.Value), model);
                    }

                    return fallback is IThrowOperation ? null : FindDirect(fallback, model);

                case IConditionalOperation conditional when conditional.WhenFalse is not null:
                    return FindDirect(Operations.SkipConversions(conditional.WhenTrue), model)
                        ?? FindDirect(Operations.SkipConversions(conditional.WhenFalse), model);

                case IInvocationOperation or IPropertyReferenceOperation:
                    // A read with a non-empty default is never missing; the configuration files may say more.
                    if (SettingReads.TryRead(value, model.Types, out var source, out var hasDefault))
                    {
                        return hasDefault ? null : ConfiguredMissing.Confirm(source, model.Settings);
                    }

                    return value is IPropertyReferenceOperation property ? ConfiguredMissing.FromOptions(property, model) : null;

                default:
                    return null;
            }
        }
    }
}
