using System;
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
        private readonly string? name;
        private readonly bool passedThrough;
        private readonly Lazy<(ImmutableArray<IOperation> Reads, int Uses)> readsAndUses;

        public MemberValue(ISymbol member, ImmutableArray<IOperation> values, ImmutableArray<IOperation> reads, int uses, string? name = null, bool passedThrough = false)
            : this(member, values, new Lazy<(ImmutableArray<IOperation>, int)>(() => (reads, uses)), name, passedThrough)
        {
        }

        /// <summary>
        /// With the reads found only when asked: finding them binds every member of the type that names this one, and most
        /// questions (what a URL helper returns) need the values alone.
        /// </summary>
        public MemberValue(ISymbol member, ImmutableArray<IOperation> values, Lazy<(ImmutableArray<IOperation> Reads, int Uses)> readsAndUses, string? name = null, bool passedThrough = false)
        {
            Member = member;
            Values = values;
            this.readsAndUses = readsAndUses;
            this.name = name;
            this.passedThrough = passedThrough;
        }

        public ISymbol Member { get; }

        /// <summary>Never empty: a member with no known value is not summarised.</summary>
        public ImmutableArray<IOperation> Values { get; }

        /// <summary>The member's references in its type that read it: where a guard may check it, where a fix of its value would show.</summary>
        public ImmutableArray<IOperation> Reads => readsAndUses.Value.Reads;

        /// <summary>
        /// How many times the member is read when nothing outside its type can use it (a private member of a type declared
        /// once): <see cref="Reads"/> are then all its uses; 0 when unknown. A fix may rewrite the member's value only
        /// when every use sends it to Customer.io the same wrong way.
        /// </summary>
        public int Uses => readsAndUses.Value.Uses;

        /// <summary>True for a helper's parameter: its value is the caller's argument, and says nothing of its own.</summary>
        public bool PassedThrough => passedThrough;

        /// <summary>The member as the user wrote it: <c>UnixNow()</c>, <c>ApiKey</c>.</summary>
        public string Name => name ?? (Member is IMethodSymbol ? Member.Name + "()" : Member.Name);

        /// <summary>
        /// Words for a message: the member, then what it holds; a helper's parameter says nothing of its own, since the
        /// value is the caller's argument.
        /// </summary>
        public string Describe(string inner)
            => passedThrough ? inner : Member is IMethodSymbol ? $"{Name} (returning {inner})" : $"{Name} (set from {inner})";
    }
}
