using System.Collections.Generic;
using System.Linq;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>Whether a payload is serialised with settings other than the defaults (see <see cref="JsonSerializers"/>).</summary>
    internal static class SerializerSettings
    {
        /// <summary>True when the call that serialises or sends <paramref name="body"/> also passes settings.</summary>
        public static bool SentWithSettings(IOperation body)
            => body.Parent is IArgumentOperation { Parent: IInvocationOperation call } && Given(call, body);

        /// <summary>
        /// True when <paramref name="call"/> passes options, settings or converters besides <paramref name="payload"/>,
        /// or is Newtonsoft's <c>JsonConvert</c> in a compilation that may replace its default settings.
        /// </summary>
        public static bool Given(IInvocationOperation call, IOperation payload)
        {
            if (Passed(call, payload).Any())
            {
                return true;
            }

            return call.TargetMethod.ContainingType?.Name == JsonSerializers.NewtonsoftJsonConvert
                && call.SemanticModel?.Compilation is { } compilation
                && JsonSerializers.NewtonsoftDefaultsMayBeReplaced(compilation);
        }

        /// <summary>The arguments of <paramref name="call"/> that pass options, settings or converters besides <paramref name="payload"/>.</summary>
        public static IEnumerable<IArgumentOperation> Passed(IInvocationOperation call, IOperation payload)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Value == payload || argument.Parameter is null || argument.ArgumentKind == ArgumentKind.DefaultValue
                    || !JsonSerializers.SettingsParameters.Contains(argument.Parameter.Name))
                {
                    continue;
                }

                // An empty params array of converters passes nothing.
                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer.ElementValues.IsEmpty: true })
                {
                    continue;
                }

                yield return argument;
            }
        }
    }
}
