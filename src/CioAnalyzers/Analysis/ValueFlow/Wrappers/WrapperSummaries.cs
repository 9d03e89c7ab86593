using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// The inferred-wrapper summaries of one compilation: per method and per number of levels still allowed, made on
    /// first ask (a call from code that the Customer.io model analyses) and kept. Counting levels down bounds every
    /// chain, which also ends recursion, and makes a summary the same whoever asks first.
    /// </summary>
    internal sealed class WrapperSummaries
    {
        private readonly Compilation compilation;
        private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<WrapperRole>>[] byLevels;

        public WrapperSummaries(Compilation compilation)
        {
            this.compilation = compilation;
            Trees = SourceCode.Of(compilation).Trees;
            byLevels = Enumerable.Range(0, InferredWrappers.MaxLevels)
                .Select(_ => new ConcurrentDictionary<IMethodSymbol, ImmutableArray<WrapperRole>>(SymbolEqualityComparer.Default))
                .ToArray();
        }

        public OtherTrees Trees { get; }

        /// <summary>
        /// A method of the user's source that a wrapper could be: cheap symbol tests only. Where it is declared comes
        /// first and before its parameters: most calls are to library methods, and a library method of a constructed type
        /// makes its parameters on first read.
        /// </summary>
        public static bool MayWrap(IMethodSymbol method)
            => SourceCode.Declares(method) && method.MethodKind == MethodKind.Ordinary && !method.IsExtern && !method.IsImplicitlyDeclared
               && !method.Parameters.IsEmpty;

        /// <summary>The parameters of <paramref name="method"/> that reach Customer.io through at most <paramref name="levels"/> of the user's methods.</summary>
        public ImmutableArray<WrapperRole> RolesOf(IMethodSymbol method, int levels, SemanticModel near, CustomerIoModel model)
        {
            method = method.OriginalDefinition;
            if (levels < 1 || levels > byLevels.Length || !MayWrap(method))
            {
                return ImmutableArray<WrapperRole>.Empty;
            }

            // Looked up first: most calls meet a summary already made, and the factory's closure would cost each of them.
            var summaries = byLevels[levels - 1];
            return summaries.TryGetValue(method, out var known)
                ? known
                : summaries.GetOrAdd(method, m => IsPolymorphic(m) ? Agreed(m, levels, near, model) : WrapperReader.Read(m, levels, this, near, model));
        }

        private static bool IsPolymorphic(IMethodSymbol method)
            => method.ContainingType.TypeKind == TypeKind.Interface || method.IsAbstract || method.IsVirtual
               || (method.IsOverride && !method.IsSealed && !method.ContainingType.IsSealed);

        /// <summary>The roles every implementation in the compilation gives; none when one of them differs.</summary>
        private ImmutableArray<WrapperRole> Agreed(IMethodSymbol method, int levels, SemanticModel near, CustomerIoModel model)
        {
            var agreed = ImmutableArray<WrapperRole>.Empty;
            var first = true;
            // A generic type's implementations implement a constructed member: matching them is not sure. An implementation
            // in metadata has no body to read, so it disagrees with any other.
            if (method.ContainingType.IsGenericType)
            {
                return ImmutableArray<WrapperRole>.Empty;
            }

            foreach (var implementation in SourceCode.Of(compilation).Implementations.Of(method))
            {
                var roles = WrapperReader.Read(implementation, levels, this, near, model);
                if (first)
                {
                    agreed = roles;
                    first = false;
                }
                else if (!SameRoles(agreed, roles))
                {
                    return ImmutableArray<WrapperRole>.Empty;
                }
            }

            return agreed;
        }

        private static bool SameRoles(ImmutableArray<WrapperRole> left, ImmutableArray<WrapperRole> right)
            => left.Length == right.Length
               && left.All(l => right.Any(r => r.Ordinal == l.Ordinal && r.Role == l.Role && r.Kind == l.Kind));
    }
}
