using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>The values a source method or local function returns, read from its one declaration.</summary>
    internal static class ReturnedValues
    {
        /// <summary>
        /// Every returned value of <paramref name="method"/>'s body (not those of lambdas or local functions inside it);
        /// empty when it has no readable body, an iterator's yield, or a bare <c>return;</c>.
        /// </summary>
        public static ImmutableArray<IOperation> Of(IMethodSymbol method, SemanticModel near, OtherTrees trees)
        {
            method = method.PartialImplementationPart ?? method;
            if (method.IsExtern || method.DeclaringSyntaxReferences.Length != 1)
            {
                return ImmutableArray<IOperation>.Empty;
            }

            var declaration = method.DeclaringSyntaxReferences[0].GetSyntax();
            if (declaration is not (MethodDeclarationSyntax or LocalFunctionStatementSyntax)
                || trees.ModelFor(declaration.SyntaxTree, near) is not { } model
                || model.GetOperation(declaration) is not { } body)
            {
                return ImmutableArray<IOperation>.Empty;
            }

            var values = ImmutableArray.CreateBuilder<IOperation>();
            var pending = new Stack<IOperation>();
            pending.Push(body);
            while (pending.Count > 0)
            {
                var operation = pending.Pop();
                if (operation is IReturnOperation returned)
                {
                    if (returned.Kind != OperationKind.Return || returned.ReturnedValue is null)
                    {
                        return ImmutableArray<IOperation>.Empty;
                    }

                    values.Add(returned.ReturnedValue);
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

            return values.ToImmutable();
        }

        /// <summary>
        /// The value under conversions, an await (with or without ConfigureAwait), <c>.Result</c> or
        /// <c>.GetAwaiter().GetResult()</c>, and a local assigned once whose one read is <paramref name="value"/>
        /// (a local read again may have been checked).
        /// </summary>
        public static IOperation Unwrap(IOperation value)
        {
            for (var step = 0; step < 4; step++)
            {
                value = Operations.SkipConversions(value);
                switch (value)
                {
                    case IAwaitOperation awaited:
                        value = ConfigureAwaitReceiver(Operations.SkipConversions(awaited.Operation));
                        continue;
                    case IPropertyReferenceOperation { Property.Name: "Result", Instance: { } task }:
                        value = task;
                        continue;
                    case IInvocationOperation { TargetMethod.Name: "GetResult", Arguments.IsEmpty: true, Instance: IInvocationOperation { TargetMethod.Name: "GetAwaiter", Instance: { } task } }:
                        value = ConfigureAwaitReceiver(task);
                        continue;
                    case ILocalReferenceOperation local when LocalValues.CountReads(local.Local, local) == 1 && LocalValues.TryGetSingleValue(local, out var initializer):
                        value = initializer;
                        continue;
                }

                break;
            }

            return value;
        }

        private static IOperation ConfigureAwaitReceiver(IOperation task)
            => task is IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } configured } ? configured : task;
    }
}
