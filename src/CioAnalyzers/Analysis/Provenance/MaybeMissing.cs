using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// "May be null or empty": environment variables and configuration reads, directly or through a local,
    /// unless a guard (<c>?? throw</c>, an IsNullOrEmpty check, a null test, ThrowIfNull...) makes the value safe.
    /// </summary>
    internal static class MaybeMissing
    {
        public static MissingValueSource? Find(IOperation value, KnownTypes types)
        {
            value = Operations.SkipConversions(value);
            if (value is ILocalReferenceOperation local)
            {
                if (!LocalValues.TryGetSingleValue(local, out var initializer) || Guards.IsGuarded(local.Local, local, types))
                {
                    return null;
                }

                return FindDirect(Operations.SkipConversions(initializer), types);
            }

            return FindDirect(value, types);
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
