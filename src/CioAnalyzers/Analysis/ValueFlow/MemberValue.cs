using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// What a member produces: every value its reader may get (the returns of a method or getter, the initialiser and
    /// the assignments of a field or auto-property), and the places in its type that read it.
    /// </summary>
    internal sealed class MemberValue
    {
        public MemberValue(ISymbol member, ImmutableArray<IOperation> values, ImmutableArray<IOperation> reads, int uses)
        {
            Member = member;
            Values = values;
            Reads = reads;
            Uses = uses;
        }

        public ISymbol Member { get; }

        /// <summary>Never empty: a member with no known value is not summarised.</summary>
        public ImmutableArray<IOperation> Values { get; }

        /// <summary>The reads of a field or auto-property in its type (where a guard may check it); empty for methods.</summary>
        public ImmutableArray<IOperation> Reads { get; }

        /// <summary>
        /// How many times the member is named in its type when nothing outside that type can use it (private member of a
        /// type declared once); 0 when unknown. A fix may rewrite the member's value only when every use is being fixed.
        /// </summary>
        public int Uses { get; }

        /// <summary>The member as the user wrote it: <c>UnixNow()</c>, <c>ApiKey</c>.</summary>
        public string Name => Member is IMethodSymbol ? Member.Name + "()" : Member.Name;

        /// <summary>Words for a message: the member, then what it holds.</summary>
        public string Describe(string inner) => Member is IMethodSymbol ? $"{Name} (returning {inner})" : $"{Name} (set from {inner})";
    }
}
