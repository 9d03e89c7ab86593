using System.Linq;
using CioAnalyzers.Model;
using CioAnalyzers.Model.Settings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// What the project's configuration files add to "may be missing": a configuration read whose key the base file (or
    /// every environment's file) sets to a value is not missing (only the environment could blank it); one whose key
    /// every file leaves blank, none sets, or only some environments' files set, is, and the message says which. A
    /// property of a bound options class (<c>options.Value.ApiKey</c>) is null in the same cases, unless the class is
    /// validated, or the property carries an attribute or a default. Without configuration files nothing changes.
    /// </summary>
    internal static class ConfiguredMissing
    {
        /// <summary><paramref name="source"/> as the files see it; null when they give its key a value.</summary>
        public static MissingValueSource? Confirm(MissingValueSource source, ProjectSettings settings)
        {
            if (settings.Files.IsEmpty || ConfigurationKeySyntax.KeyReadBy(source.Read) is not { } key)
            {
                return source;
            }

            var value = settings.ValueOf(key);
            return value.Describe() is { } words
                ? new MissingValueSource(source.Read, $"{source.Description} ({words})", source.Key, source.Fixable)
                : value.Kind == ConfiguredValueKind.Set ? null : source;
        }

        /// <summary>A read of a bound options property whose every setting the files leave blank or unset.</summary>
        public static MissingValueSource? FromOptions(IPropertyReferenceOperation read, CustomerIoModel model)
        {
            var property = read.Property;
            if (model.Settings.Files.IsEmpty || property.Type.SpecialType != SpecialType.System_String || property.IsStatic
                || read.Syntax is not MemberAccessExpressionSyntax access || OptionsReceiver.TypeNameOf(access) is not { } typeName
                || property.ContainingType.Name != typeName || model.Options.IsValidated(typeName)
                || !property.GetAttributes().IsEmpty || HasInitialValue(property))
            {
                return null;
            }

            ConfiguredValue? missing = null;
            string? firstKey = null;
            foreach (var key in model.Options.KeysOf(property.Name, typeName))
            {
                var value = model.Settings.ValueOf(key);
                if (value.Kind is not (ConfiguredValueKind.Blank or ConfiguredValueKind.NotSet or ConfiguredValueKind.SomeEnvironments))
                {
                    return null;
                }

                // A file named says more than an absent value.
                if (missing is null || (missing.Value.Kind == ConfiguredValueKind.NotSet && value.Kind != ConfiguredValueKind.NotSet))
                {
                    missing = value;
                    firstKey = key;
                }
            }

            return missing is { } found
                ? new MissingValueSource(read.Syntax, $"{access} (bound to '{firstKey}', {found.Describe()})", firstKey, fixable: false)
                : null;
        }

        // `public string ApiKey { get; set; } = "..."`: a default the binder keeps when the setting is absent.
        private static bool HasInitialValue(IPropertySymbol property)
            => property.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<PropertyDeclarationSyntax>()
                .Any(p => p.Initializer is { Value: var value } && !IsBlank(value));

        // null!, "", string.Empty, default!
        private static bool IsBlank(ExpressionSyntax value)
        {
            if (value is PostfixUnaryExpressionSyntax suppressed)
            {
                value = suppressed.Operand;
            }

            return value switch
            {
                LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.NullLiteralExpression) || literal.IsKind(SyntaxKind.DefaultLiteralExpression)
                    || (literal.IsKind(SyntaxKind.StringLiteralExpression) && string.IsNullOrWhiteSpace(literal.Token.ValueText)),
                MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Empty" } => true,
                _ => false,
            };
        }
    }
}
