using System.Collections.Immutable;
using System.Linq;
using CioAnalyzers.Analysis;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.Rules
{
    /// <summary>
    /// What CIO2005's fixes need from the analysis: the site id and key expressions of a Track credential, when both
    /// are unambiguous, and the text that holds an App header's scheme.
    /// </summary>
    internal static class CredentialFix
    {
        /// <summary>
        /// The site id and key as they can be written at the header: the two values of the malformed credential when
        /// both are written in the header itself; or its one key, with the only site id in scope. Null when either is not known.
        /// </summary>
        public static (string SiteId, string ApiKey)? Pair(AuthorizationHeader header, CredentialShape shape, ImmutableArray<IOperation> parts, CustomerIoModel model)
        {
            var span = header.Value.Syntax.Span;
            bool inHeader(IOperation part) => span.Contains(part.Syntax.Span);
            switch (shape)
            {
                case CredentialShape.RawPair or CredentialShape.RawJoined or CredentialShape.Base64Joined when parts.Length == 2 && parts.All(inHeader):
                    return (parts[0].Syntax.ToString(), parts[1].Syntax.ToString());
                case CredentialShape.RawKey or CredentialShape.Base64Single when parts.Length == 1 && inHeader(parts[0])
                    && !CredentialSettingNames.NamesSiteId(parts[0].Syntax.ToString())
                    && OnlySiteIdInScope(header.Write) is { } siteId:
                    return (siteId, parts[0].Syntax.ToString());
                default:
                    return null;
            }
        }

        /// <summary>
        /// The node holding an App header's scheme the fix rewrites: the scheme argument, or the text a header string
        /// starts with (a literal or the first text of an interpolation).
        /// </summary>
        public static SyntaxNode? SchemeText(AuthorizationHeader header)
        {
            var node = header.IsText ? header.Value.Syntax : header.SchemeSyntax;
            while (node is BinaryExpressionSyntax concatenation && concatenation.IsKind(SyntaxKind.AddExpression))
            {
                node = concatenation.Left;
            }

            return node switch
            {
                LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal,
                InterpolatedStringExpressionSyntax interpolated when interpolated.Contents.FirstOrDefault() is InterpolatedStringTextSyntax text => text,
                _ => null,
            };
        }

        /// <summary>The name of the one string local, parameter, field or property in scope whose name says it holds the site id.</summary>
        private static string? OnlySiteIdInScope(IOperation at)
        {
            if (at.SemanticModel is not { } semanticModel)
            {
                return null;
            }

            var position = at.Syntax.SpanStart;
            var inStaticMember = semanticModel.GetEnclosingSymbol(position) is { IsStatic: true };
            string? found = null;
            foreach (var symbol in semanticModel.LookupSymbols(position))
            {
                var type = symbol switch
                {
                    ILocalSymbol local when local.DeclaringSyntaxReferences.All(r => r.Span.End <= position) => local.Type,
                    IParameterSymbol parameter => parameter.Type,
                    IFieldSymbol field when field.IsStatic || !inStaticMember => field.Type,
                    IPropertySymbol { IsIndexer: false, GetMethod: not null } property when property.IsStatic || !inStaticMember => property.Type,
                    _ => null,
                };
                if (type?.SpecialType != SpecialType.System_String || !CredentialSettingNames.NamesSiteId(symbol.Name))
                {
                    continue;
                }

                if (found is not null)
                {
                    return null;
                }

                found = symbol.Name;
            }

            return found;
        }
    }
}
