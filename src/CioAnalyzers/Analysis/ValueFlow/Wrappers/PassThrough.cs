using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Whether a value in a method is one of its parameters exactly as the caller gave it: the parameter, under a
    /// conversion the language defines, through a local assigned once, or after <c>?? throw</c>. Anything else (a call
    /// such as <c>Trim()</c> or <c>ToUnixTimeSeconds()</c>, arithmetic, an interpolation) may change what the caller
    /// passed, so the caller's argument is not judged by it.
    /// </summary>
    internal static class PassThrough
    {
        /// <summary>Locals followed from the value back to the parameter.</summary>
        private const int MaxSteps = 4;

        public static IParameterSymbol? ParameterOf(IOperation value, IMethodSymbol method)
        {
            for (var step = 0; step < MaxSteps; step++)
            {
                value = SkipLanguageConversions(value);
                switch (value)
                {
                    case IParameterReferenceOperation { Parameter: { RefKind: RefKind.None, IsParams: false } parameter }
                        when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method):
                        return parameter;
                    case ICoalesceOperation coalesce when SkipLanguageConversions(coalesce.WhenNull) is IThrowOperation:
                        value = coalesce.Value;
                        break;
                    case ILocalReferenceOperation local when LocalValues.TryGetSingleValue(local, out var single):
                        value = single;
                        break;
                    default:
                        return null;
                }
            }

            return null;
        }

        /// <summary>A user-defined conversion runs the user's code, which may change the value; the others keep it.</summary>
        private static IOperation SkipLanguageConversions(IOperation value)
        {
            while (value is IConversionOperation { Conversion.IsUserDefined: false } conversion)
            {
                value = conversion.Operand;
            }

            return value;
        }
    }
}
