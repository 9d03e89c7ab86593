using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Checks that make a local safe. Deliberately generous: any such check of the local anywhere in its method
    /// counts, because a missed warning costs less than a false one.
    /// </summary>
    internal static class Guards
    {
        public static bool IsGuarded(ILocalSymbol local, IOperation anyOperationInMethod, KnownTypes types)
        {
            foreach (var reference in LocalValues.References(local, anyOperationInMethod))
            {
                if (IsGuard(reference, types))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when the parent of this read of a local, field or property checks it.</summary>
        public static bool IsGuard(IOperation reference, KnownTypes types)
        {
            var parent = reference.Parent;
            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            switch (parent)
            {
                // string.IsNullOrEmpty(x), ArgumentException.ThrowIfNullOrEmpty(x), ArgumentNullException.ThrowIfNull(x)
                case IArgumentOperation { Parent: IInvocationOperation call }:
                    var method = call.TargetMethod;
                    return (method.ContainingType?.SpecialType == SpecialType.System_String && method.Name is "IsNullOrEmpty" or "IsNullOrWhiteSpace")
                        || (KnownTypes.Is(method.ContainingType, types.ArgumentException) && method.Name is "ThrowIfNullOrEmpty" or "ThrowIfNullOrWhiteSpace")
                        || (KnownTypes.Is(method.ContainingType, types.ArgumentNullException) && method.Name == "ThrowIfNull")
                        || IsValidationHelper(method);

                // x?.Length > 0 and the like
                case IConditionalAccessOperation access:
                    return access.Operation == reference;

                // x is null, x is not null, x is { Length: > 0 }, x is string s
                case IIsPatternOperation:
                    return true;

                // x == null, x != null
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                    var other = binary.LeftOperand == reference || binary.LeftOperand is IConversionOperation { Operand: var l } && l == reference
                        ? binary.RightOperand
                        : binary.LeftOperand;
                    return Operations.SkipConversions(other).ConstantValue is { HasValue: true, Value: null };

                // x ?? throw ..., x ?? fallback
                case ICoalesceOperation coalesce:
                    return coalesce.Value == reference || Operations.SkipConversions(coalesce.Value) == reference;

                default:
                    return false;
            }
        }

        /// <summary>The team's own helpers (Require, EnsureNotEmpty, ValidateKey...) are trusted to check.</summary>
        private static bool IsValidationHelper(IMethodSymbol method)
        {
            if (method.Locations.Length == 0 || !method.Locations[0].IsInSource)
            {
                return false;
            }

            foreach (var prefix in ValidationPrefixes)
            {
                if (method.Name.StartsWith(prefix, System.StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly string[] ValidationPrefixes = { "Require", "Ensure", "Validate", "Guard", "Throw", "Check", "Assert", "Verify" };
    }
}
