using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CioAnalyzers.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.Rules
{
    /// <summary>What a <see cref="CompilationWideRule"/> gathers during one compilation's search, and decides at its end.</summary>
    internal abstract class CompilationCollector
    {
        private readonly object gate = new();

        /// <summary>Called for each sink of the rule's roles, from any thread.</summary>
        public void Add(RoleSink sink, IOperation sinkOperation)
        {
            lock (gate)
            {
                Collect(sink, sinkOperation);
            }
        }

        /// <summary>Called once, after every operation has been searched.</summary>
        public abstract void Report(Action<Diagnostic> report);

        /// <summary>Records one sink; calls are serialised.</summary>
        protected abstract void Collect(RoleSink sink, IOperation sinkOperation);

        /// <summary>
        /// A diagnostic placed as every sink rule's: on the mistake when it lies in the member that sends it, else on
        /// the sink; the sink first among the additional locations, then the fix's target, then <paramref name="related"/>.
        /// </summary>
        protected static Diagnostic Create(DiagnosticDescriptor descriptor, SyntaxNode sink, SyntaxNode mistake, SyntaxNode? fixTarget,
            IEnumerable<Location> related, IReadOnlyDictionary<string, string?>? properties, params object?[] messageArgs)
        {
            var sinkLocation = sink.GetLocation();
            var member = MemberOf(sink);
            var primary = member is not null && member.SyntaxTree == mistake.SyntaxTree && member.Span.Contains(mistake.Span)
                ? mistake.GetLocation()
                : sinkLocation;
            var additional = new List<Location> { sinkLocation, (fixTarget ?? mistake).GetLocation() };
            additional.AddRange(related);
            return Diagnostic.Create(descriptor, primary, additional, properties?.ToImmutableDictionary(), messageArgs);
        }

        /// <summary>Orders collected places as a reader meets them: by file, then by position.</summary>
        protected static int ReadingOrder(SyntaxNode a, SyntaxNode b)
        {
            var byFile = string.CompareOrdinal(a.SyntaxTree.FilePath, b.SyntaxTree.FilePath);
            return byFile != 0 ? byFile : a.SpanStart.CompareTo(b.SpanStart);
        }

        private static SyntaxNode? MemberOf(SyntaxNode node)
            => node.AncestorsAndSelf().FirstOrDefault(n => n is MemberDeclarationSyntax and not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax);
    }
}
