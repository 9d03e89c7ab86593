using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// A record's positional property read on an instance whose construction is in sight (<c>new Order(id, at)</c>,
    /// directly, through a local assigned once or a helper's parameter): the argument passed for it, its default when
    /// omitted, or the initializer's value when one sets it. An instance from elsewhere (a parameter of the sending
    /// member, a deserialised body, <c>with</c>) is not followed: its value is not the construction's.
    /// </summary>
    internal static class RecordValues
    {
        public static MemberValue? Of(IPropertyReferenceOperation read, Flow flow, SemanticModel near, OtherTrees trees, out Flow next)
        {
            next = flow;
            var property = read.Property;
            if (read.Instance is null || !MemberReader.IsPositional(property) || !property.ContainingType.IsRecord)
            {
                return null;
            }

            var instance = Operations.SkipConversions(read.Instance);
            for (var step = 0; step < MemberValues.MaxDepth && instance is not IObjectCreationOperation; step++)
            {
                if (instance is ILocalReferenceOperation local && LocalValues.TryGetSingleValue(local, out var initializer))
                {
                    instance = Operations.SkipConversions(initializer);
                }
                else if (instance is IParameterReferenceOperation parameter && next.TryArgument(parameter.Parameter, out var argument, out var callerFlow))
                {
                    instance = Operations.SkipConversions(argument);
                    next = callerFlow;
                }
                else
                {
                    return null;
                }
            }

            if (instance is not IObjectCreationOperation creation || !SymbolEqualityComparer.Default.Equals(creation.Type, property.ContainingType))
            {
                return null;
            }

            var value = Assigned(creation, property) ?? FromConstructor(creation, property, near, trees);
            next = next.Deeper();
            return value is null ? null : new MemberValue(property, ImmutableArray.Create(value), ImmutableArray<IOperation>.Empty, uses: 0);
        }

        private static IOperation? Assigned(IObjectCreationOperation creation, IPropertySymbol property)
            => creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>()
                .FirstOrDefault(a => a.Target is IPropertyReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Property, property))
                ?.Value;

        /// <summary>The argument for the primary constructor's parameter that declares the property.</summary>
        private static IOperation? FromConstructor(IObjectCreationOperation creation, IPropertySymbol property, SemanticModel near, OtherTrees trees)
        {
            var declaration = property.DeclaringSyntaxReferences[0].GetSyntax();
            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter is not { } parameter || parameter.DeclaringSyntaxReferences.Length != 1
                    || parameter.DeclaringSyntaxReferences[0].GetSyntax() != declaration)
                {
                    continue;
                }

                return argument.ArgumentKind == ArgumentKind.DefaultValue ? Defaults.Of(parameter, near, trees) : argument.Value;
            }

            return null;
        }
    }
}
