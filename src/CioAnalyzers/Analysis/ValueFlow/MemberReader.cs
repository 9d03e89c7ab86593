using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Reads one member's values from its declaration. Silent (null) whenever another body could decide the value:
    /// virtual, abstract and interface members, members without a body, partial, generic, async and iterator methods,
    /// and fields or properties that code outside their type may assign.
    /// </summary>
    internal static class MemberReader
    {
        /// <param name="member">The member read or called.</param>
        /// <param name="asImplementation">
        /// True when the member is one of the implementations of a virtual or interface member, all of which are followed:
        /// its own overridability no longer matters.
        /// </param>
        public static bool MayFollow(ISymbol member, bool asImplementation = false)
        {
            if ((member.IsAbstract && !asImplementation) || member.IsExtern || member.IsImplicitlyDeclared
                || member.ContainingType is not { TypeKind: TypeKind.Class or TypeKind.Struct } type
                || member.DeclaringSyntaxReferences.Length != 1)
            {
                return false;
            }

            if (!asImplementation && (member.IsVirtual || (member.IsOverride && !member.IsSealed && !type.IsSealed)))
            {
                return false;
            }

            return member switch
            {
                IMethodSymbol method => (method.MethodKind is MethodKind.Ordinary or MethodKind.LocalFunction
                        || (asImplementation && method.MethodKind == MethodKind.ExplicitInterfaceImplementation))
                    && !method.IsGenericMethod && !method.IsAsync && !method.ReturnsVoid
                    && method.PartialDefinitionPart is null && method.PartialImplementationPart is null,
                IPropertySymbol property => !property.IsIndexer && property.GetMethod is not null && !IsPositional(property),
                IFieldSymbol field => !field.IsConst && (field.IsReadOnly || field.DeclaredAccessibility == Accessibility.Private),
                _ => false,
            };
        }

        /// <summary>A record's positional property: its value is its construction's argument (see <see cref="RecordValues"/>).</summary>
        public static bool IsPositional(IPropertySymbol property)
            => property.DeclaringSyntaxReferences.Length == 1 && property.DeclaringSyntaxReferences[0].GetSyntax() is ParameterSyntax;

        public static MemberValue? Read(ISymbol member, SemanticModel near, OtherTrees trees)
        {
            var declaration = member.DeclaringSyntaxReferences[0].GetSyntax();
            if (trees.ModelFor(declaration.SyntaxTree, near) is not { } model)
            {
                return null;
            }

            switch (member)
            {
                case IMethodSymbol:
                    return Returns(model.GetOperation(declaration), member, near, trees);

                case IPropertySymbol property when declaration is PropertyDeclarationSyntax syntax:
                    if (syntax.ExpressionBody is { } arrow)
                    {
                        return Returns(model.GetOperation(arrow), member, near, trees);
                    }

                    var getter = syntax.AccessorList?.Accessors.FirstOrDefault(a => a.Keyword.ValueText == "get");
                    if (getter is null)
                    {
                        return null;
                    }

                    if (getter.Body is not null || getter.ExpressionBody is not null)
                    {
                        return Returns(model.GetOperation(getter), member, near, trees);
                    }

                    // An auto-property: its initialiser and every assignment, when only its own type may assign it.
                    var settable = property.SetMethod is { } setter && setter.DeclaredAccessibility != Accessibility.Private
                        && property.DeclaredAccessibility != Accessibility.Private;
                    var initializer = syntax.Initializer is null ? null : (model.GetOperation(syntax.Initializer) as IPropertyInitializerOperation)?.Value;
                    return settable ? null : Stored(member, initializer, near, trees);

                case IFieldSymbol when declaration is VariableDeclaratorSyntax variable:
                    var fieldInitializer = variable.Initializer is null ? null : (model.GetOperation(variable.Initializer) as IFieldInitializerOperation)?.Value;
                    return Stored(member, fieldInitializer, near, trees);

                default:
                    return null;
            }
        }

        private static MemberValue? Returns(IOperation? body, ISymbol member, SemanticModel near, OtherTrees trees)
        {
            if (ReturnedValues(body) is not { } values)
            {
                return null;
            }

            // A property's getter may be checked where it is read, as a field is; a method's calls are its uses.
            return new MemberValue(member, values, new Lazy<(ImmutableArray<IOperation>, int)>(() =>
            {
                var reads = References(member, near, trees).ToImmutableArray();
                return (reads, Uses(member, reads.Length));
            }));
        }

        /// <summary>
        /// The returned values of a body (a method's, a getter's, a lambda's), not counting those of lambdas and local
        /// functions inside it; null when it has none or is an iterator.
        /// </summary>
        public static ImmutableArray<IOperation>? ReturnedValues(IOperation? body)
        {
            if (body is null)
            {
                return null;
            }

            var values = ImmutableArray.CreateBuilder<IOperation>();
            var pending = new Stack<IOperation>();
            pending.Push(body);
            while (pending.Count > 0)
            {
                var operation = pending.Pop();
                if (operation is IReturnOperation ret)
                {
                    if (ret.Kind == OperationKind.YieldReturn || ret.ReturnedValue is null)
                    {
                        return null;
                    }

                    values.Add(ret.ReturnedValue);
                    continue;
                }

                foreach (var child in operation.ChildOperations)
                {
                    if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                    {
                        pending.Push(child);
                    }
                }
            }

            return values.Count == 0 ? null : values.ToImmutable();
        }

        /// <summary>A field or auto-property: its initialiser and the assignments its type makes; silent on any other write.</summary>
        private static MemberValue? Stored(ISymbol member, IOperation? initializer, SemanticModel near, OtherTrees trees)
        {
            var values = ImmutableArray.CreateBuilder<IOperation>();
            if (initializer is not null)
            {
                values.Add(initializer);
            }

            var reads = new List<IOperation>();
            foreach (var reference in References(member, near, trees))
            {
                switch (reference.Parent)
                {
                    case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                        values.Add(assignment.Value);
                        break;
                    case IAssignmentOperation assignment when assignment.Target == reference:
                    case IIncrementOrDecrementOperation:
                    case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
                    case ITupleOperation:
                        return null;
                    default:
                        reads.Add(reference);
                        break;
                }
            }

            return values.Count == 0 ? null : new MemberValue(member, values.ToImmutable(), reads.ToImmutableArray(), Uses(member, reads.Count));
        }

        /// <summary>Every reference to the member in the declarations of its type.</summary>
        private static IEnumerable<IOperation> References(ISymbol member, SemanticModel near, OtherTrees trees)
        {
            foreach (var part in member.ContainingType.DeclaringSyntaxReferences)
            {
                var syntax = part.GetSyntax();
                if (trees.ModelFor(syntax.SyntaxTree, near) is not { } model)
                {
                    continue;
                }

                foreach (var name in syntax.DescendantNodes().OfType<IdentifierNameSyntax>())
                {
                    if (name.Identifier.ValueText != member.Name)
                    {
                        continue;
                    }

                    SyntaxNode node = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
                    if (member is IMethodSymbol && node.Parent is InvocationExpressionSyntax invocation && invocation.Expression == node)
                    {
                        node = invocation;
                    }

                    var operation = model.GetOperation(node);
                    var symbol = operation switch
                    {
                        IFieldReferenceOperation field => (ISymbol)field.Field,
                        IPropertyReferenceOperation property => property.Property,
                        IInvocationOperation call => call.TargetMethod,
                        _ => null,
                    };

                    if (symbol is not null && SymbolEqualityComparer.Default.Equals(symbol, member))
                    {
                        yield return operation!;
                    }
                }
            }
        }

        /// <summary>The uses of a private member of a type declared once (its references there); 0 when code elsewhere may use it.</summary>
        private static int Uses(ISymbol member, int references)
            => member.DeclaredAccessibility != Accessibility.Private || member.ContainingType.DeclaringSyntaxReferences.Length != 1
               || member is IMethodSymbol { MethodKind: MethodKind.LocalFunction }
                ? 0
                : references;
    }
}
