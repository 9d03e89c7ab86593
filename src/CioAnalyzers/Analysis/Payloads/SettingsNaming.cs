using System.Linq;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// How the options or settings a serialiser call passes name keys, when they are written in a form whose naming is
    /// certain: <c>new JsonSerializerOptions(JsonSerializerDefaults.Web)</c>, <c>JsonSerializerOptions.Web</c>,
    /// <c>PropertyNamingPolicy = JsonNamingPolicy.CamelCase</c>, <c>ContractResolver = new CamelCasePropertyNamesContractResolver()</c>,
    /// created in the call, in a local assigned once, or in a readonly field of the same file used only as a whole.
    /// Anything else (converters, another policy, options from elsewhere) is <see cref="JsonNaming.Unknown"/>.
    /// </summary>
    internal static class SettingsNaming
    {
        /// <summary>The naming of the one settings argument <paramref name="call"/> passes besides <paramref name="payload"/>.</summary>
        public static JsonNaming Of(IInvocationOperation call, IOperation payload, KnownTypes types)
        {
            IOperation? settings = null;
            foreach (var argument in SerializerSettings.Passed(call, payload))
            {
                if (settings is not null)
                {
                    return JsonNaming.Unknown;
                }

                settings = argument.Value;
            }

            if (settings is null || (KnownTypes.Is(call.TargetMethod.ContainingType, types.NewtonsoftJsonConvert)
                && call.SemanticModel?.Compilation is { } compilation && JsonSerializers.NewtonsoftDefaultsMayBeReplaced(compilation)))
            {
                return JsonNaming.Unknown;
            }

            return Created(Written(settings), types);
        }

        /// <summary>The expression that creates the settings: through a local assigned once or a readonly field's initializer.</summary>
        private static IOperation? Written(IOperation settings)
        {
            var value = Operations.SkipConversions(settings);
            if (value is ILocalReferenceOperation local)
            {
                return LocalValues.TryGetSingleValue(local, out var assigned) ? Operations.SkipConversions(assigned) : null;
            }

            if (value is not IFieldReferenceOperation { Field: { IsReadOnly: true } field } || value.SemanticModel is not { } model)
            {
                return value;
            }

            // Only a field declared in this file and never reached into (Options.Converters.Add(...) changes what it writes).
            if (field.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator
                || declarator.SyntaxTree != model.SyntaxTree
                || declarator.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault() is not { } type
                || type.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Any(a => a.Expression is IdentifierNameSyntax name && name.Identifier.ValueText == field.Name))
            {
                return null;
            }

            return model.GetOperation(initializer) is { } created ? Operations.SkipConversions(created) : null;
        }

        private static JsonNaming Created(IOperation? settings, KnownTypes types)
        {
            switch (settings)
            {
                case IPropertyReferenceOperation { Property: { IsStatic: true, Name: JsonSerializers.WebDefaults } property }
                    when KnownTypes.Is(property.ContainingType, types.JsonSerializerOptions):
                    return JsonNaming.SystemTextJsonWeb;

                case IObjectCreationOperation creation when KnownTypes.Is(creation.Type, types.JsonSerializerOptions):
                    return SystemTextJsonOptions(creation, types);

                case IObjectCreationOperation creation when KnownTypes.Is(creation.Type, types.NewtonsoftJsonSerializerSettings) && creation.Arguments.IsEmpty:
                    return Initialized(creation, IsCamelCaseResolver, types) switch
                    {
                        true => JsonNaming.NewtonsoftCamelCase,
                        false => JsonNaming.Newtonsoft,
                        null => JsonNaming.Unknown,
                    };

                default:
                    return JsonNaming.Unknown;
            }
        }

        private static JsonNaming SystemTextJsonOptions(IObjectCreationOperation creation, KnownTypes types)
        {
            bool web;
            switch (creation.Arguments.Length)
            {
                case 0:
                    web = false;
                    break;
                case 1 when Operations.SkipConversions(creation.Arguments[0].Value) is IFieldReferenceOperation { Field: var defaults }
                    && KnownTypes.Is(defaults.ContainingType, types.JsonSerializerDefaults):
                    web = defaults.Name == JsonSerializers.WebDefaults;
                    break;
                default:
                    return JsonNaming.Unknown;
            }

            return Initialized(creation, IsCamelCasePolicy, types) switch
            {
                null => JsonNaming.Unknown,
                true => JsonNaming.SystemTextJsonWeb,
                false => web ? JsonNaming.SystemTextJsonWeb : JsonNaming.SystemTextJson,
            };
        }

        /// <summary>
        /// Whether the initializer sets camel-casing (true), leaves the naming alone (false), or sets anything else (null):
        /// every member it sets is either the naming option, given as <paramref name="isCamelCase"/> says, or a neutral one.
        /// </summary>
        private static bool? Initialized(IObjectCreationOperation creation, System.Func<IOperation, KnownTypes, bool> isCamelCase, KnownTypes types)
        {
            var camelCase = false;
            foreach (var initializer in creation.Initializer?.Initializers ?? System.Collections.Immutable.ImmutableArray<IOperation>.Empty)
            {
                if (initializer is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var name } } assignment)
                {
                    return null;
                }

                if (JsonSerializers.NamingSettings.Contains(name))
                {
                    if (!isCamelCase(Operations.SkipConversions(assignment.Value), types))
                    {
                        return null;
                    }

                    camelCase = true;
                }
                else if (!JsonSerializers.NamingNeutralSettings.Contains(name))
                {
                    return null;
                }
            }

            return camelCase;
        }

        private static bool IsCamelCasePolicy(IOperation value, KnownTypes types)
            => value is IPropertyReferenceOperation { Property: { IsStatic: true, Name: JsonSerializers.CamelCasePolicy } property }
                && KnownTypes.Is(property.ContainingType, types.JsonNamingPolicy);

        private static bool IsCamelCaseResolver(IOperation value, KnownTypes types)
            => value is IObjectCreationOperation { Arguments.IsEmpty: true, Initializer: null } creation && KnownTypes.Is(creation.Type, types.NewtonsoftCamelCaseResolver);
    }
}
