using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// The members a read or call of a virtual, abstract or interface method or property may run: every
    /// implementation in the compilation (<see cref="SourceImplementations"/>). Null when others may exist out of sight:
    /// a type of a library (<see cref="ClosedWorld"/>, or one declared in metadata), or a generic owner, whose
    /// implementations may be made for other type arguments than the one the call names.
    /// </summary>
    internal static class DispatchTargets
    {
        public static ImmutableArray<ISymbol>? Of(ISymbol member, SourceImplementations implementations, Compilation compilation)
        {
            if (member.ContainingType is not { IsGenericType: false } owner || owner.DeclaringSyntaxReferences.IsEmpty
                || !ClosedWorld.Holds(owner, compilation))
            {
                return null;
            }

            var method = member switch
            {
                IMethodSymbol called => called,
                IPropertySymbol { IsIndexer: false } property => property.GetMethod,
                _ => null,
            };

            if (method is null || implementations.Of(method) is not { IsEmpty: false } found)
            {
                return null;
            }

            if (member is IMethodSymbol)
            {
                return found.CastArray<ISymbol>();
            }

            // A property is read through its getter: each getter found stands for its property.
            var properties = found.Select(getter => getter.AssociatedSymbol).ToImmutableArray();
            return properties.Any(p => p is null) ? null : properties!;
        }
    }
}
