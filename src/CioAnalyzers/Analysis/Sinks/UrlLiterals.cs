using System.Collections.Generic;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// The literal text a URL is written with: string literals and interpolation text, through locals assigned once and
    /// constants initialised with a literal. Where a path's segments are written, for a diagnostic and its fix.
    /// </summary>
    internal static class UrlLiterals
    {
        private const int MaxDepth = 8;

        /// <summary>
        /// The one string literal or interpolation text (<see cref="LiteralExpressionSyntax"/> or
        /// <see cref="InterpolatedStringTextSyntax"/>) that holds <paramref name="segments"/> as whole segments; null when
        /// none does, or several.
        /// </summary>
        public static SyntaxNode? Holding(IOperation url, string segments)
        {
            SyntaxNode? found = null;
            foreach (var (node, text) in Texts(url, 0))
            {
                if (RouteText.IndexOfSegments(text, segments) >= 0)
                {
                    if (found is not null)
                    {
                        return null;
                    }

                    found = node;
                }
            }

            return found;
        }

        private static IEnumerable<(SyntaxNode Node, string Text)> Texts(IOperation operation, int depth)
        {
            operation = Operations.SkipConversions(operation);
            if (depth > MaxDepth)
            {
                yield break;
            }

            switch (operation)
            {
                case ILiteralOperation { Syntax: LiteralExpressionSyntax literal } when literal.Token.Value is string text:
                    yield return (literal, text);
                    yield break;
                case IInterpolatedStringTextOperation { Syntax: InterpolatedStringTextSyntax part }:
                    yield return (part, part.TextToken.ValueText);
                    yield break;
                case ILocalReferenceOperation local when LocalValues.TryGetSingleValue(local, out var value):
                    foreach (var text in Texts(value, depth + 1))
                    {
                        yield return text;
                    }

                    yield break;
                case IFieldReferenceOperation { Field.IsConst: true } field:
                    foreach (var reference in field.Field.DeclaringSyntaxReferences)
                    {
                        if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal } && literal.Token.Value is string text)
                        {
                            yield return (literal, text);
                        }
                    }

                    yield break;
            }

            foreach (var child in operation.ChildOperations)
            {
                foreach (var text in Texts(child, depth + 1))
                {
                    yield return text;
                }
            }
        }
    }
}
