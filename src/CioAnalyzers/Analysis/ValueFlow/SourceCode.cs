using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// The compilation's own code as value flow reads it: one set of document models and one list of source types per
    /// compilation, shared by member values, inferred wrappers and returned responses, so that a document another
    /// member lies in is bound once whichever question reads it first.
    /// </summary>
    internal sealed class SourceCode
    {
        private static readonly ConditionalWeakTable<Compilation, SourceCode> ByCompilation = new();

        private SourceCode(Compilation compilation)
        {
            Trees = new OtherTrees(compilation);
            Implementations = new SourceImplementations(compilation);
        }

        public OtherTrees Trees { get; }

        public SourceImplementations Implementations { get; }

        public static SourceCode Of(Compilation compilation) => ByCompilation.GetValue(compilation, c => new SourceCode(c));

        /// <summary>
        /// True when <paramref name="method"/> is declared in source (of this or another project). A library method answers
        /// without a read: asking for its locations or its assembly walks up its namespaces on every call, and most of a
        /// code base's calls are to library methods. A source method's answer is a new one-element array, a few bytes per
        /// call of the user's own methods, which go on to a summary lookup anyway.
        /// </summary>
        public static bool Declares(IMethodSymbol method) => !method.DeclaringSyntaxReferences.IsEmpty;
    }
}
