using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Follows a value across members: a call to a source method or local function, a read of a property or field,
    /// gives the values that member produces. Summaries are made lazily (a provenance question asks only about a value
    /// that reaches a Customer.io sink) and kept per compilation; the questions bound the chain with <see cref="MaxDepth"/>.
    /// </summary>
    internal static class MemberValues
    {
        /// <summary>Members followed in a chain (helper → field → initialiser); also ends mutual recursion.</summary>
        public const int MaxDepth = 3;

        private static readonly ConditionalWeakTable<Compilation, Summaries> ByCompilation = new();

        /// <summary>The member <paramref name="value"/> reads and what it produces, when it can be followed.</summary>
        public static MemberValue? Of(IOperation value, int depth)
        {
            if (depth >= MaxDepth || value.SemanticModel is not { } near)
            {
                return null;
            }

            ISymbol? member = value switch
            {
                IInvocationOperation call => call.TargetMethod,
                IPropertyReferenceOperation { Arguments.IsEmpty: true } property => property.Property,
                IFieldReferenceOperation field => field.Field,
                _ => null,
            };

            if (member is null || !MemberReader.MayFollow(member))
            {
                return null;
            }

            var summaries = ByCompilation.GetValue(near.Compilation, c => new Summaries(c));
            return summaries.Members.GetOrAdd(member, m => MemberReader.Read(m, near, summaries.Trees));
        }

        /// <summary>The models of the compilation's documents that value flow reads members through, shared by every summary.</summary>
        public static OtherTrees TreesOf(Compilation compilation) => ByCompilation.GetValue(compilation, c => new Summaries(c)).Trees;

        private sealed class Summaries
        {
            public Summaries(Compilation compilation)
            {
                Trees = new OtherTrees(compilation);
            }

            public OtherTrees Trees { get; }

            public ConcurrentDictionary<ISymbol, MemberValue?> Members { get; } = new(SymbolEqualityComparer.Default);
        }
    }
}
