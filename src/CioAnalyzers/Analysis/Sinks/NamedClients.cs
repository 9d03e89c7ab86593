using System.Collections.Generic;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// The name of the client factory's client a request is sent with: <c>factory.CreateClient("cio")</c> called on the
    /// spot, held in a local assigned once, or in a readonly field whose initializer and constructors (in the same file)
    /// all create it under one constant name.
    /// </summary>
    internal static class NamedClients
    {
        /// <summary>The name CreateClient() without a name gives its client (Options.DefaultName).</summary>
        private const string DefaultName = "";

        public static string? NameOf(IOperation request, KnownTypes types)
        {
            if (types.IHttpClientFactory is null || request is not IInvocationOperation call)
            {
                return null;
            }

            var client = call.Instance ?? (call.TargetMethod.IsExtensionMethod ? Operations.ArgumentAt(call.Arguments, 0) : null);
            return client is null ? null : NameOfClient(client, types);
        }

        /// <summary>The name of the client factory's client <paramref name="client"/> holds; null when it is not one.</summary>
        public static string? NameOfClient(IOperation client, KnownTypes types)
        {
            if (types.IHttpClientFactory is null)
            {
                return null;
            }

            switch (Operations.SkipConversions(client))
            {
                case ILocalReferenceOperation local when LocalValues.TryGetSingleValue(local, out var initializer):
                    return CreatedName(initializer, types);
                case IFieldReferenceOperation { Field: { IsReadOnly: true, IsStatic: false } } field when field.SemanticModel is { } model:
                    return FieldName(field.Field, model, types);
                case { } value:
                    return CreatedName(value, types);
                default:
                    return null;
            }
        }

        private static string? CreatedName(IOperation value, KnownTypes types)
        {
            if (Operations.SkipConversions(value) is not IInvocationOperation { TargetMethod.Name: "CreateClient" } create
                || !(KnownTypes.Is(create.TargetMethod.ContainingType, types.IHttpClientFactory) || KnownTypes.Is(create.TargetMethod.ContainingType, types.HttpClientFactoryExtensions)))
            {
                return null;
            }

            return Operations.ArgumentFor(create.Arguments, "name") is { } name ? name.ConstantValue.Value as string : DefaultName;
        }

        /// <summary>One name when every value the field is given creates the same named client; null otherwise.</summary>
        private static string? FieldName(IFieldSymbol field, SemanticModel model, KnownTypes types)
        {
            var values = FieldValues(field, model);
            if (values is null || values.Count == 0)
            {
                return null;
            }

            string? found = null;
            foreach (var value in values)
            {
                var name = CreatedName(value, types);
                if (name is null || (found is not null && name != found))
                {
                    return null;
                }

                found = name;
            }

            return found;
        }

        /// <summary>The field's initializer and constructor assignments; null when a declaration lies in another file.</summary>
        private static List<IOperation>? FieldValues(IFieldSymbol field, SemanticModel model)
        {
            var values = new List<IOperation>();
            foreach (var reference in field.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree != model.SyntaxTree)
                {
                    return null;
                }

                if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer: { } initializer }
                    && model.GetOperation(initializer) is IFieldInitializerOperation { Value: { } value })
                {
                    values.Add(value);
                }
            }

            foreach (var constructor in field.ContainingType.InstanceConstructors)
            {
                foreach (var reference in constructor.DeclaringSyntaxReferences)
                {
                    if (reference.SyntaxTree != model.SyntaxTree)
                    {
                        return null;
                    }

                    if (reference.GetSyntax() is not ConstructorDeclarationSyntax body || model.GetOperation(body) is not { } root)
                    {
                        continue;
                    }

                    foreach (var operation in Operations.InSameBody(root))
                    {
                        if (operation is ISimpleAssignmentOperation { Target: IFieldReferenceOperation target } assignment
                            && SymbolEqualityComparer.Default.Equals(target.Field, field))
                        {
                            values.Add(assignment.Value);
                        }
                    }
                }
            }

            return values;
        }
    }
}
