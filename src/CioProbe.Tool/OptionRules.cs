using System.CommandLine;
using System.CommandLine.Parsing;

namespace CioProbe.Tool
{
    /// <summary>Checks on option values that run inside the parser, so a bad value is reported like any other usage error.</summary>
    internal static class OptionRules
    {
        /// <summary>A value given on the command line must satisfy <paramref name="accepts"/>; the error reads "{name} must be {rule}.".</summary>
        public static Option<T> Within<T>(this Option<T> option, Func<T, bool> accepts, string rule)
        {
            option.Validators.Add(result =>
            {
                // A value that did not convert already has its own error.
                if (!result.Implicit && result.Tokens.Count > 0 && TryGet(result, out T value) && !accepts(value))
                {
                    result.AddError($"{option.Name} must be {rule}.");
                }
            });
            return option;
        }

        /// <summary>
        /// An identifier goes into a request path: an empty one is a mistake, not "not requested", and '.' or '..'
        /// would reach another endpoint.
        /// </summary>
        public static Option<string?> PathIdentifier(this Option<string?> option, string what, Func<string, string?> pathProblem)
        {
            option.Validators.Add(result =>
            {
                if (result.Implicit)
                {
                    return;
                }

                var value = result.GetValueOrDefault<string?>()?.Trim();
                if (string.IsNullOrEmpty(value))
                {
                    result.AddError($"{option.Name} needs a value: {what}.");
                }
                else if (pathProblem(value) is { } problem)
                {
                    result.AddError($"{option.Name} cannot be '{value}': {problem}.");
                }
            });
            return option;
        }

        private static bool TryGet<T>(OptionResult result, out T value)
        {
            try
            {
                value = result.GetValueOrDefault<T>();
                return true;
            }
            catch (InvalidOperationException)
            {
                value = default!;
                return false;
            }
        }
    }
}
