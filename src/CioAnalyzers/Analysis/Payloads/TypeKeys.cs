using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>The keys a serialiser writes for a type of the user's sent whole: every public property, named its way.</summary>
    internal static class TypeKeys
    {
        /// <summary>
        /// The keys a serialiser writes for every public property of <paramref name="type"/>; <paramref name="creation"/>,
        /// when the object is created here, shows where its initializer sets them.
        /// </summary>
        public static void Add(ITypeSymbol type, JsonNaming naming, IObjectCreationOperation? creation, string? parentKey, KnownTypes types, List<PayloadKey> keys)
        {
            // The user's own types: a library's or the framework's have converters or names of their own, and a
            // collection is written as an array.
            if (naming == JsonNaming.Unknown || type.SpecialType != SpecialType.None || type.TypeKind is not (TypeKind.Class or TypeKind.Struct)
                || !type.Locations.Any(l => l.IsInSource) || type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable)
                || NamedItsOwnWay(type))
            {
                return;
            }

            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod: not null } property
                        && !property.IsOverride)
                    {
                        AddProperty(property, naming, creation, parentKey, types, keys);
                    }
                }
            }
        }

        private static void AddProperty(IPropertySymbol property, JsonNaming naming, IObjectCreationOperation? creation, string? parentKey, KnownTypes types, List<PayloadKey> keys)
        {
            var attributeName = JsonPropertyNames.Given(property, naming, types, out var attributeLiteral, out var excluded);
            if (excluded)
            {
                return;
            }

            var wireKey = attributeName is null ? naming.PropertyName(property.Name) : naming.AttributeName(attributeName);
            var declaration = property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
            if (wireKey is null || declaration is null)
            {
                return;
            }

            var set = SetIn(creation, property);
            var written = set?.Target.Syntax ?? (attributeLiteral ?? declaration);
            var nameAttribute = JsonPropertyNames.AttributeRead(naming, types);
            keys.Add(attributeName is null
                ? new PayloadKey(wireKey, parentKey, written, declaration, nameAttribute is null ? null : JsonPropertyNames.NameInCode(nameAttribute), set?.Value)
                : new PayloadKey(wireKey, parentKey, written, attributeLiteral as LiteralExpressionSyntax, null, set?.Value));
        }

        /// <summary>True when the type or a base type carries an attribute that changes how its keys are written (see <see cref="JsonSerializers.TypeNamingAttributes"/>).</summary>
        private static bool NamedItsOwnWay(ITypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (current.GetAttributes().Any(a => a.AttributeClass?.Name is { } name && JsonSerializers.TypeNamingAttributes.Contains(name)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Where the object initializer sets <paramref name="property"/>.</summary>
        private static ISimpleAssignmentOperation? SetIn(IObjectCreationOperation? creation, IPropertySymbol property)
        {
            foreach (var initializer in creation?.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    && SymbolEqualityComparer.Default.Equals(target.Property.OriginalDefinition, property.OriginalDefinition))
                {
                    return assignment;
                }
            }

            return null;
        }
    }
}
