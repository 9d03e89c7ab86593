using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.Model.Settings
{
    /// <summary>
    /// The options class a property read is made on, from syntax: <c>options.Value.TrackUrl</c> with
    /// <c>IOptions&lt;CioOptions&gt; options</c> a parameter (primary constructors included), field or property of the
    /// enclosing code; also <c>IOptionsMonitor&lt;T&gt;.CurrentValue</c>, <c>IOptionsSnapshot&lt;T&gt;</c> and a
    /// <c>CioOptions</c> held directly. Null when the declaration is not found.
    /// </summary>
    internal static class OptionsReceiver
    {
        public static string? TypeNameOf(MemberAccessExpressionSyntax read)
        {
            var receiver = read.Expression;
            var throughOptions = false;
            if (receiver is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" or "CurrentValue" } unwrap)
            {
                receiver = unwrap.Expression;
                throughOptions = true;
            }

            var name = receiver switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } self => self.Name.Identifier.ValueText,
                _ => null,
            };
            if (name is null || DeclaredType(read, name) is not { } type)
            {
                return null;
            }

            if (type is GenericNameSyntax { Identifier.ValueText: "IOptions" or "IOptionsMonitor" or "IOptionsSnapshot", TypeArgumentList.Arguments.Count: 1 } options)
            {
                return throughOptions ? SimpleName(options.TypeArgumentList.Arguments[0]) : null;
            }

            return throughOptions ? null : SimpleName(type);
        }

        // The closest declaration of `name` around the read: a parameter of an enclosing function or primary constructor,
        // then a field or property of the enclosing type.
        private static TypeSyntax? DeclaredType(SyntaxNode read, string name)
        {
            foreach (var ancestor in read.Ancestors())
            {
                var parameters = ancestor switch
                {
                    BaseMethodDeclarationSyntax method => method.ParameterList.Parameters,
                    LocalFunctionStatementSyntax local => local.ParameterList.Parameters,
                    ParenthesizedLambdaExpressionSyntax lambda => lambda.ParameterList.Parameters,
                    TypeDeclarationSyntax { ParameterList: { } primary } => primary.Parameters,
                    _ => default,
                };
                // Indexed: LINQ over the list would box it, once per ancestor of every read.
                for (var i = 0; i < parameters.Count; i++)
                {
                    if (parameters[i].Identifier.ValueText == name)
                    {
                        if (parameters[i].Type is { } parameterType)
                        {
                            return parameterType;
                        }

                        break;
                    }
                }

                if (ancestor is TypeDeclarationSyntax type)
                {
                    foreach (var member in type.Members)
                    {
                        switch (member)
                        {
                            case FieldDeclarationSyntax field when field.Declaration.Variables.Any(v => v.Identifier.ValueText == name):
                                return field.Declaration.Type;
                            case PropertyDeclarationSyntax property when property.Identifier.ValueText == name:
                                return property.Type;
                        }
                    }

                    return null;
                }
            }

            return null;
        }

        private static string? SimpleName(TypeSyntax type) => type switch
        {
            IdentifierNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            NullableTypeSyntax nullable => SimpleName(nullable.ElementType),
            _ => null,
        };
    }
}
