using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.Model.Settings
{
    /// <summary>
    /// The configuration key a string literal reads, from syntax: <c>configuration["CustomerIO:TrackUrl"]</c>,
    /// <c>GetValue&lt;string&gt;("CustomerIO:TrackUrl")</c>, <c>GetSection("CustomerIO")["TrackUrl"]</c>,
    /// <c>GetSection("CustomerIO").GetValue&lt;string&gt;("TrackUrl")</c>, <c>GetSection("CustomerIO:TrackUrl").Value</c>,
    /// <c>GetConnectionString("Crm")</c>, <c>ConfigurationManager.AppSettings["CustomerIOUrl"]</c>. The receiver's type is
    /// not bound: a key counts only when a configuration file of the project gives it a value, which a string that is no
    /// configuration key almost never matches.
    /// </summary>
    internal static class ConfigurationKeySyntax
    {
        public static string? KeyAt(SyntaxToken token)
            => token.IsKind(SyntaxKind.StringLiteralToken) && token.Parent is LiteralExpressionSyntax literal ? KeyRead(literal, 0) : null;

        /// <summary>
        /// The key a read expression reads (<c>configuration["A:B"]</c>, <c>GetValue&lt;string&gt;("B")</c> on a section,
        /// <c>GetSection("A:B").Value</c>, <c>GetConnectionString("Crm")</c>); null when its key is not a string literal.
        /// </summary>
        public static string? KeyReadBy(SyntaxNode read)
        {
            if (read is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" } value)
            {
                read = value.Expression;
            }

            BaseArgumentListSyntax? arguments = read switch
            {
                ElementAccessExpressionSyntax access => access.ArgumentList,
                InvocationExpressionSyntax call => call.ArgumentList,
                _ => null,
            };
            return arguments is { Arguments.Count: 1 } && arguments.Arguments[0].Expression is LiteralExpressionSyntax literal
                ? KeyAt(literal.Token)
                : null;
        }

        private static string? KeyRead(LiteralExpressionSyntax literal, int depth)
        {
            if (depth > 8 || literal.Parent is not ArgumentSyntax { Parent: { } list } argument || argument.NameColon is not null
                || (list is ArgumentListSyntax arguments && arguments.Arguments.Count != 1)
                || (list is BracketedArgumentListSyntax brackets && brackets.Arguments.Count != 1))
            {
                return null;
            }

            var name = literal.Token.ValueText;
            switch (list.Parent)
            {
                case ElementAccessExpressionSyntax access:
                    return Prefixed(access.Expression, name, depth);
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member }:
                    return member.Name.Identifier.ValueText switch
                    {
                        "GetValue" or "GetSection" or "GetRequiredSection" => Prefixed(member.Expression, name, depth),
                        "GetConnectionString" => XmlSettingsReader.ConnectionStringsPrefix + name,
                        _ => null,
                    };
                default:
                    return null;
            }
        }

        // The section the receiver is, when it is GetSection("...") itself: its key comes first.
        private static string Prefixed(ExpressionSyntax receiver, string name, int depth)
        {
            if (receiver is InvocationExpressionSyntax
                {
                    Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetSection" or "GetRequiredSection" },
                    ArgumentList.Arguments: { Count: 1 } arguments,
                }
                && arguments[0].Expression is LiteralExpressionSyntax section && section.IsKind(SyntaxKind.StringLiteralExpression)
                && KeyRead(section, depth + 1) is { } prefix)
            {
                return prefix + ":" + name;
            }

            return name;
        }
    }
}
