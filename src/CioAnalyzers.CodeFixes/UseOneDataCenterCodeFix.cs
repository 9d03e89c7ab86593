using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using CioAnalyzers.Model;
using CioAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.CodeFixes
{
    /// <summary>CIO2004: switch the reported host to the other data centre's form of the same API.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseOneDataCenterCodeFix))]
    [Shared]
    public sealed class UseOneDataCenterCodeFix : SyntaxRewriteFixer
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(MixedDataCentersAnalyzer.Id);

        protected override string Title => "Use the other data centre's host";

        protected override string EquivalenceKey => "CIO2004.UseOtherDataCenterHost";

        /// <summary>The host itself is the primary location: a literal, a text part of an interpolation, or a library's constant.</summary>
        protected override SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
            => diagnostic.Location.SourceTree == root.SyntaxTree ? root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) : null;

        /// <summary>
        /// Never a string the parser could not finish (an unterminated literal): a rebuilt token drops the syntax error,
        /// and the code would then fail in other ways.
        /// </summary>
        protected override bool CanFix(SyntaxNode target, Diagnostic diagnostic) => target switch
        {
            LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression) && !literal.ContainsDiagnostics && Switched(literal.Token, diagnostic) is not null,
            InterpolatedStringTextSyntax text => text.Parent is { ContainsDiagnostics: false } && Switched(text.TextToken, diagnostic) is not null,
            MemberAccessExpressionSyntax or IdentifierNameSyntax => diagnostic.Properties.ContainsKey(MixedDataCentersAnalyzer.ReplacementProperty),
            _ => false,
        };

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic) => target switch
        {
            LiteralExpressionSyntax literal => literal.WithToken(Switched(literal.Token, diagnostic) ?? literal.Token),
            InterpolatedStringTextSyntax text => text.WithTextToken(Switched(text.TextToken, diagnostic) ?? text.TextToken),
            MemberAccessExpressionSyntax access => access.WithName(Renamed(access.Name, diagnostic)),
            IdentifierNameSyntax name => Renamed(name, diagnostic),
            _ => target,
        };

        private static SimpleNameSyntax Renamed(SimpleNameSyntax name, Diagnostic diagnostic)
            => name.WithIdentifier(SyntaxFactory.Identifier(name.Identifier.LeadingTrivia, diagnostic.Properties[MixedDataCentersAnalyzer.ReplacementProperty]!, name.Identifier.TrailingTrivia));

        /// <summary>The token with each host of the reported data centre switched; null when it names none.</summary>
        private static SyntaxToken? Switched(SyntaxToken token, Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(MixedDataCentersAnalyzer.DataCenterProperty, out var dataCenter))
            {
                return null;
            }

            var hosts = HostScanner.HostsIn(token.ValueText).Where(h => h.DataCenter.ToString() == dataCenter).Select(h => h.Host).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (hosts.Count == 0)
            {
                return null;
            }

            var text = token.Text;
            var value = token.ValueText;
            foreach (var host in hosts)
            {
                text = text.Replace(host, HostScanner.OtherDataCenterHost(host));
                value = value.Replace(host, HostScanner.OtherDataCenterHost(host));
            }

            return token.IsKind(SyntaxKind.InterpolatedStringTextToken)
                ? SyntaxFactory.Token(token.LeadingTrivia, SyntaxKind.InterpolatedStringTextToken, text, value, token.TrailingTrivia)
                : SyntaxFactory.Literal(token.LeadingTrivia, text, value, token.TrailingTrivia);
        }
    }
}
