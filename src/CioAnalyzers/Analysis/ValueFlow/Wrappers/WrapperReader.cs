using System.Collections.Generic;
using System.Collections.Immutable;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Reads one method's body for the parameters it sends to Customer.io unchanged: as an argument of a library or
    /// configured member, as a value a sink sends (a property, a JSON member, a URL's id), as a raw request's whole body,
    /// or through another of the user's methods while <c>levels</c> allow.
    /// </summary>
    internal static class WrapperReader
    {
        public static ImmutableArray<WrapperRole> Read(IMethodSymbol method, int levels, WrapperSummaries summaries, SemanticModel near, CustomerIoModel model)
        {
            method = method.PartialImplementationPart ?? method;
            if (method.DeclaringSyntaxReferences.Length != 1
                || method.DeclaringSyntaxReferences[0].GetSyntax() is not MethodDeclarationSyntax declaration
                || (declaration.Body is null && declaration.ExpressionBody is null)
                || !MayPassOn(declaration, method, levels, model.Names)
                || summaries.Trees.ModelFor(declaration.SyntaxTree, near) is not { } semanticModel
                || semanticModel.GetOperation(declaration) is not { } body)
            {
                return ImmutableArray<WrapperRole>.Empty;
            }

            var roles = new Roles(method);
            var operations = Operations.InSameBody(body);
            foreach (var operation in operations)
            {
                switch (operation)
                {
                    case IInvocationOperation call when !call.Arguments.IsEmpty:
                        var target = model.TargetOf(call.TargetMethod).Kind;
                        if (target == CallTargetKind.ApiMember)
                        {
                            roles.AddArguments(call.TargetMethod, call.Arguments, call.Syntax, model);
                        }
                        else if (target == CallTargetKind.None)
                        {
                            // Never through SinkFinder: it would read the callee with all the levels again.
                            roles.AddWrapped(call, levels - 1, summaries, semanticModel, model);
                        }
                        else
                        {
                            roles.AddSinks(operation, model);
                        }

                        break;
                    case IObjectCreationOperation { Constructor: { } constructor } creation when !creation.Arguments.IsEmpty:
                        if (model.TargetOfConstructor(constructor).Kind == CallTargetKind.ApiMember)
                        {
                            roles.AddArguments(constructor, creation.Arguments, creation.Syntax, model);
                        }
                        else
                        {
                            roles.AddSinks(operation, model);
                        }

                        break;
                    case ISimpleAssignmentOperation:
                        roles.AddSinks(operation, model);
                        break;
                }
            }

            return roles.Without(ParameterGuards.Of(operations, method));
        }

        /// <summary>A parameter that may carry a role: passed by value, not a cancellation token or a delegate.</summary>
        public static bool MayCarryRole(IParameterSymbol parameter)
            => parameter.RefKind == RefKind.None && !parameter.IsParams
               && parameter.Type.TypeKind != TypeKind.Delegate && parameter.Type.Name != nameof(System.Threading.CancellationToken);

        /// <summary>
        /// Syntax only, before any binding: the body names a parameter that may carry a role, and either names a member
        /// or type that may have one (it may send it itself) or, while levels remain, calls something (another wrapper).
        /// </summary>
        private static bool MayPassOn(MethodDeclarationSyntax declaration, IMethodSymbol method, int levels, CandidateNames candidates)
        {
            var names = new HashSet<string>();
            foreach (var parameter in method.Parameters)
            {
                if (MayCarryRole(parameter))
                {
                    names.Add(parameter.Name);
                }
            }

            if (names.Count == 0)
            {
                return false;
            }

            bool namesParameter = false, maySend = false;
            SyntaxNode body = (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody!;
            foreach (var node in body.DescendantNodes())
            {
                if (node is SimpleNameSyntax name)
                {
                    namesParameter |= names.Contains(name.Identifier.ValueText);
                    maySend |= candidates.MayBeWritten(name.Identifier.ValueText);
                }
                else if (node is ImplicitObjectCreationExpressionSyntax || (levels > 1 && node is InvocationExpressionSyntax))
                {
                    // new(...) names no type in the body.
                    maySend = true;
                }

                if (namesParameter && maySend)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The roles found so far, one per parameter and role (a value sent twice the same way is one sink for its caller).</summary>
        private sealed class Roles
        {
            private readonly IMethodSymbol method;
            private readonly List<WrapperRole> found = new();

            public Roles(IMethodSymbol method)
            {
                this.method = method;
            }

            /// <summary>The roles found, less those of the parameters at <paramref name="guarded"/>.</summary>
            public ImmutableArray<WrapperRole> Without(HashSet<int> guarded)
            {
                var kept = ImmutableArray.CreateBuilder<WrapperRole>(found.Count);
                foreach (var role in found)
                {
                    if (!guarded.Contains(role.Ordinal))
                    {
                        kept.Add(role);
                    }
                }

                return kept.ToImmutable();
            }

            public void AddArguments(IMethodSymbol callee, ImmutableArray<IArgumentOperation> arguments, SyntaxNode sender, CustomerIoModel model)
            {
                foreach (var argument in arguments)
                {
                    if (argument.Parameter is null || argument.ArgumentKind != ArgumentKind.Explicit)
                    {
                        continue;
                    }

                    var role = model.RoleOf(argument.Parameter);
                    if (role != ApiRole.None && PassThrough.ParameterOf(argument.Value, method) is { } parameter)
                    {
                        var name = SinkFinder.ArgumentName(callee, argument.Parameter);
                        Add(new WrapperRole(parameter.Ordinal, role, WrapperRoleKind.Argument, name, sender)
                        {
                            ApiMember = callee,
                            InWrapper = RoleSink.ForValue(role, argument.Value, name),
                        });
                    }
                }
            }

            public void AddWrapped(IInvocationOperation call, int levels, WrapperSummaries summaries, SemanticModel near, CustomerIoModel model)
            {
                if (levels < 1)
                {
                    return;
                }

                foreach (var inner in summaries.RolesOf(call.TargetMethod, levels, near, model))
                {
                    if (InferredWrappers.ArgumentFor(call.Arguments, inner.Ordinal) is { Parameter: { } calleeParameter } argument
                        && PassThrough.ParameterOf(argument.Value, method) is { } parameter)
                    {
                        Add(inner.PassedOnBy(parameter.Ordinal, SinkFinder.ArgumentName(call.TargetMethod, calleeParameter)));
                    }
                }
            }

            public void AddSinks(IOperation operation, CustomerIoModel model)
            {
                foreach (var sink in SinkFinder.Find(operation, model))
                {
                    // Keys, headers and constant text are written here, not given by the caller; a path segment is
                    // escaped (or not) here, where the rule already reports it.
                    if (sink.Value is null || sink.WireKey is not null || sink.Header is not null || sink.Role == ApiRole.PathSegment || sink.SentBy is not null)
                    {
                        continue;
                    }

                    if (sink.Request is { } request)
                    {
                        if (request.Body is { } body && PassThrough.ParameterOf(body, method) is { } sentWhole)
                        {
                            Add(new WrapperRole(sentWhole.Ordinal, ApiRole.Request, WrapperRoleKind.Body, $"the body of {request.Name}", operation.Syntax) { Request = request });
                        }

                        continue;
                    }

                    if (PassThrough.ParameterOf(sink.Value, method) is { } parameter)
                    {
                        Add(new WrapperRole(parameter.Ordinal, sink.Role, WrapperRoleKind.Value, sink.ElementName, operation.Syntax) { Dates = sink.Dates, InWrapper = sink });
                    }
                }
            }

            private void Add(WrapperRole role)
            {
                foreach (var existing in found)
                {
                    if (existing.Ordinal == role.Ordinal && existing.Role == role.Role)
                    {
                        return;
                    }
                }

                found.Add(role);
            }
        }
    }
}
