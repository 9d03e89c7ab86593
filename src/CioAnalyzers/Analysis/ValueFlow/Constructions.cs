using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// The values a constructor parameter takes: the argument of every construction of its type in the compilation
    /// (<c>new C(...)</c>, <c>new(...)</c>, <c>: this(...)</c>, <c>: base(...)</c>, a primary constructor's base call).
    /// Silent when code out of sight may construct it: a type other assemblies may see from a library, a type named as a
    /// generic argument, in <c>typeof</c> or as a method's parameter type (dependency injection, Activator, a request
    /// body bound by the framework), a struct (<c>default</c> and <c>new S()</c> skip its constructors), a parameter
    /// written after construction.
    /// </summary>
    internal static class Constructions
    {
        public static MemberValue? Of(IParameterSymbol parameter, SemanticModel near, OtherTrees trees)
        {
            if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
                || constructor.ContainingType is not { TypeKind: TypeKind.Class } type || type.IsAbstract || type.IsStatic
                || !ClosedWorld.Holds(type, near.Compilation) || parameter.IsParams || parameter.RefKind != RefKind.None)
            {
                return null;
            }

            // A using alias may name the type otherwise: every explicit construction is then bound.
            var aliased = near.Compilation.SyntaxTrees.Any(t => IdentifierIndex.Of(t).HasAlias);
            var values = ImmutableArray.CreateBuilder<IOperation>();
            foreach (var tree in near.Compilation.SyntaxTrees)
            {
                // Only a file that names the type constructs it (a target-typed new(...) whose type comes from another
                // file's signature is the exception, accepted for the cost: see docs/value-flow.md).
                if (!aliased && !IdentifierIndex.Of(tree).Names(type.Name))
                {
                    continue;
                }

                if (!TryCollect(tree, constructor, parameter, aliased, near, trees, values))
                {
                    return null;
                }
            }

            if (values.Count == 0 || ParameterReads(parameter, near, trees) is not { } reads)
            {
                return null;
            }

            return new MemberValue(parameter, values.ToImmutable(), reads, uses: 0);
        }

        private static bool TryCollect(SyntaxTree tree, IMethodSymbol constructor, IParameterSymbol parameter, bool aliased, SemanticModel near, OtherTrees trees, ImmutableArray<IOperation>.Builder values)
        {
            var name = constructor.ContainingType.Name;
            SemanticModel? model = null;
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                var candidate = node switch
                {
                    ObjectCreationExpressionSyntax explicitNew => aliased || LastName(explicitNew.Type) == name,
                    ImplicitObjectCreationExpressionSyntax or ConstructorInitializerSyntax => true,
                    PrimaryConstructorBaseTypeSyntax baseCall => aliased || LastName(baseCall.Type) == name,
                    IdentifierNameSyntax mention when mention.Identifier.ValueText == name && MayBeBuiltOutOfSight(mention) => true,
                    _ => false,
                };

                if (!candidate)
                {
                    continue;
                }

                model ??= trees.ModelFor(tree, near);
                if (model is null)
                {
                    return false;
                }

                if (node is IdentifierNameSyntax)
                {
                    // Made out of sight (a container, Activator) when it is the type named there.
                    if (SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(node).Symbol, constructor.ContainingType))
                    {
                        return false;
                    }

                    continue;
                }

                var call = model.GetOperation(node);
                var (target, arguments) = call switch
                {
                    IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
                    IInvocationOperation chained => (chained.TargetMethod, chained.Arguments),
                    _ => (null, ImmutableArray<IArgumentOperation>.Empty),
                };

                if (!SymbolEqualityComparer.Default.Equals(target, constructor))
                {
                    continue;
                }

                var argument = arguments.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Parameter, parameter));
                var value = argument is { ArgumentKind: ArgumentKind.DefaultValue } ? Defaults.Of(parameter, near, trees) : argument?.Value;
                if (value is null)
                {
                    return false;
                }

                values.Add(value);
            }

            return true;
        }

        /// <summary>
        /// A mention that lets code out of sight build the type: a generic argument or <c>typeof</c> (a container,
        /// Activator, a deserialiser), or the type of a method's or lambda's parameter (an action or endpoint whose
        /// argument the framework binds from a request). A constructor's parameter is a service injected, built in sight.
        /// </summary>
        private static bool MayBeBuiltOutOfSight(IdentifierNameSyntax mention)
        {
            foreach (var ancestor in mention.Ancestors())
            {
                switch (ancestor)
                {
                    case TypeArgumentListSyntax or TypeOfExpressionSyntax:
                        return true;
                    case ParameterSyntax parameter when parameter.Type is { } written && written.Span.Contains(mention.Span):
                        return parameter.Parent?.Parent is not (ConstructorDeclarationSyntax or TypeDeclarationSyntax);
                    case StatementSyntax or MemberDeclarationSyntax:
                        return false;
                }
            }

            return false;
        }

        /// <summary>The parameter's reads in its constructor and, for a primary constructor, its type; null when any writes it.</summary>
        private static ImmutableArray<IOperation>? ParameterReads(IParameterSymbol parameter, SemanticModel near, OtherTrees trees)
        {
            var reads = ImmutableArray.CreateBuilder<IOperation>();
            foreach (var part in parameter.ContainingType.DeclaringSyntaxReferences)
            {
                var syntax = part.GetSyntax();
                if (trees.ModelFor(syntax.SyntaxTree, near) is not { } model)
                {
                    return null;
                }

                foreach (var name in syntax.DescendantNodes().OfType<IdentifierNameSyntax>())
                {
                    if (name.Identifier.ValueText != parameter.Name
                        || model.GetOperation(name) is not IParameterReferenceOperation reference
                        || !SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter))
                    {
                        continue;
                    }

                    if (reference.Parent is IAssignmentOperation assignment && assignment.Target == reference
                        || reference.Parent is IIncrementOrDecrementOperation or IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out })
                    {
                        return null;
                    }

                    reads.Add(reference);
                }
            }

            return reads.ToImmutable();
        }

        private static string? LastName(TypeSyntax type) => type switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
