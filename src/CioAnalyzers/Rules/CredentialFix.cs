using System.Collections.Generic;
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
            var enclosing = semanticModel.GetEnclosingSymbol(position);
            var inStaticMember = enclosing is { IsStatic: true };
            string? found = null;
            foreach (var symbol in SymbolsInScope(at.Syntax, semanticModel, enclosing?.ContainingType))
            {
                var type = symbol switch
                {
                    ILocalSymbol local => local.Type,
                    IParameterSymbol parameter => parameter.Type,
                    IFieldSymbol field when field.IsStatic || !inStaticMember => field.Type,
                    IPropertySymbol { IsIndexer: false, GetMethod: not null } property when property.IsStatic || !inStaticMember => property.Type,
                    _ => null,
                };
                if (type?.SpecialType != SpecialType.System_String || !CredentialSettingNames.NamesSiteId(symbol.Name))
                {
                    continue;
                }

                if (found is not null && found != symbol.Name)
                {
                    return null;
                }

                found = symbol.Name;
            }

            return found;
        }

        /// <summary>
        /// The locals declared before <paramref name="node"/> in a block around it, the parameters of the members and
        /// lambdas around it, and the fields and properties of its type, the types around that and their base types.
        /// Gathered from the declarations rather than with <c>SemanticModel.LookupSymbols</c>, which visits every
        /// namespace and type in scope and costs milliseconds per header.
        /// </summary>
        private static IEnumerable<ISymbol> SymbolsInScope(SyntaxNode node, SemanticModel semanticModel, INamedTypeSymbol? type)
        {
            var position = node.SpanStart;
            var enclosingMember = node.Ancestors().LastOrDefault(a => a is MemberDeclarationSyntax and not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax);
            var body = enclosingMember is GlobalStatementSyntax ? enclosingMember.Parent! : enclosingMember ?? node;
            var primaryConstructors = node.Ancestors().OfType<TypeDeclarationSyntax>().Where(t => t.ParameterList is not null).SelectMany(t => t.ParameterList!.Parameters);
            foreach (var declared in body.DescendantNodes().Concat(primaryConstructors))
            {
                var inScope = declared switch
                {
                    VariableDeclaratorSyntax or SingleVariableDesignationSyntax => declared.Span.End <= position && ScopeOf(declared).Span.Contains(position),
                    ForEachStatementSyntax loop => loop.Statement.Span.Contains(position),
                    ParameterSyntax parameter => (parameter.Parent is ParameterListSyntax list ? list.Parent : parameter.Parent) is { } owner && owner.Span.Contains(position),
                    _ => false,
                };
                if (inScope && semanticModel.GetDeclaredSymbol(declared) is { } symbol and (ILocalSymbol or IParameterSymbol))
                {
                    yield return symbol;
                }
            }

            for (var container = type; container is not null; container = container.ContainingType)
            {
                for (var withBases = container; withBases is not null; withBases = withBases.BaseType)
                {
                    foreach (var member in withBases.GetMembers())
                    {
                        if (member is IFieldSymbol or IPropertySymbol
                            && (SymbolEqualityComparer.Default.Equals(withBases, container) || member.DeclaredAccessibility != Accessibility.Private)
                            && (SymbolEqualityComparer.Default.Equals(container, type) || member.IsStatic))
                        {
                            yield return member;
                        }
                    }
                }
            }
        }

        /// <summary>Where a local is visible: the block, switch section or top-level code around its declaration.</summary>
        private static SyntaxNode ScopeOf(SyntaxNode declaration)
            => declaration.Ancestors().FirstOrDefault(a => a is BlockSyntax or SwitchSectionSyntax or CompilationUnitSyntax) ?? declaration;
    }
}
