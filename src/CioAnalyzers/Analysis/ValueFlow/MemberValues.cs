using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Follows a value across members: a call to a source method, local function or lambda, a read of a property,
    /// field or record property, a helper's parameter, a constructor's parameter, gives the values it may stand for.
    /// Summaries are made lazily (a provenance question asks only about a value that reaches a Customer.io sink) and
    /// kept per compilation; <see cref="MaxDepth"/> bounds the chain.
    /// </summary>
    internal static class MemberValues
    {
        /// <summary>Members followed in a chain (helper → field → initialiser); also ends mutual recursion.</summary>
        public const int MaxDepth = 3;

        private static readonly ConditionalWeakTable<Compilation, Summaries> ByCompilation = new();

        /// <summary>
        /// The member, parameter or lambda <paramref name="value"/> reads and what it produces, when it can be followed;
        /// <paramref name="next"/> is the flow those values are read in.
        /// </summary>
        public static MemberValue? Of(IOperation value, Flow flow, out Flow next)
        {
            next = flow;
            if (flow.Depth >= MaxDepth || value.SemanticModel is not { } near)
            {
                return null;
            }

            switch (value)
            {
                case IParameterReferenceOperation parameter:
                    return OfParameter(parameter, flow, near, out next);

                case IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke, Instance: { } target } call:
                    return OfDelegate(call, target, flow, near, out next);

                case IInvocationOperation call:
                    next = flow.Into(Methods(call.TargetMethod, near), call.Arguments);
                    return OfMember(call.TargetMethod, near);

                case IPropertyReferenceOperation { Arguments.IsEmpty: true } property when MemberReader.IsPositional(property.Property):
                    return RecordValues.Of(property, flow, near, For(near).Trees, out next);

                case IPropertyReferenceOperation { Arguments.IsEmpty: true } property:
                    next = flow.Deeper();
                    return OfMember(property.Property, near);

                case IFieldReferenceOperation field:
                    next = flow.Deeper();
                    return OfMember(field.Field, near);

                default:
                    return null;
            }
        }

        /// <summary>A helper's parameter is its caller's argument; a constructor's parameter, every construction's.</summary>
        private static MemberValue? OfParameter(IParameterReferenceOperation reference, Flow flow, SemanticModel near, out Flow next)
        {
            var parameter = reference.Parameter;
            if (flow.TryArgument(parameter, out var argument, out next))
            {
                var reads = Operations.InSameBody(reference).OfType<IParameterReferenceOperation>()
                    .Where(r => SymbolEqualityComparer.Default.Equals(r.Parameter, parameter)).ToImmutableArray<IOperation>();
                return new MemberValue(parameter, ImmutableArray.Create(argument), reads, uses: 0, passedThrough: true);
            }

            next = flow.Unbound();
            if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor })
            {
                return null;
            }

            var summaries = For(near);
            return summaries.Members.GetOrAdd(parameter, p => Constructions.Of((IParameterSymbol)p, near, summaries.Trees));
        }

        /// <summary><c>now()</c> where <c>now</c> is a local assigned once to a lambda or to a method.</summary>
        private static MemberValue? OfDelegate(IInvocationOperation call, IOperation target, Flow flow, SemanticModel near, out Flow next)
        {
            next = flow;
            target = Operations.SkipConversions(target);
            if (target is not ILocalReferenceOperation local || !LocalValues.TryGetSingleValue(local, out var assigned)
                || Operations.SkipConversions(assigned) is not IDelegateCreationOperation creation)
            {
                return null;
            }

            switch (creation.Target)
            {
                case IAnonymousFunctionOperation lambda when !lambda.Symbol.IsAsync && MemberReader.ReturnedValues(lambda.Body) is { } values:
                    next = flow.Into(ImmutableArray.Create(lambda.Symbol), call.Arguments);
                    return new MemberValue(lambda.Symbol, values, ImmutableArray<IOperation>.Empty, uses: 0, name: local.Local.Name + "()");

                case IMethodReferenceOperation { Method: { } method }:
                    next = flow.Into(Methods(method, near), call.Arguments);
                    return OfMember(method, near);

                default:
                    return null;
            }
        }

        /// <summary>A source member read through its declaration, or, when virtual, through every implementation in the compilation.</summary>
        private static MemberValue? OfMember(ISymbol member, SemanticModel near)
        {
            var summaries = For(near);
            if (MemberReader.MayFollow(member))
            {
                return summaries.Members.GetOrAdd(member, m => MemberReader.Read(m, near, summaries.Trees));
            }

            if (!IsOverridable(member))
            {
                return null;
            }

            return summaries.Members.GetOrAdd(member, m => Combined(m, near, summaries));
        }

        /// <summary>The values of every implementation together: a question answers only when it answers for all of them.</summary>
        private static MemberValue? Combined(ISymbol member, SemanticModel near, Summaries summaries)
        {
            if (summaries.Implementations(member) is not { } implementations)
            {
                return null;
            }

            var values = ImmutableArray.CreateBuilder<IOperation>();
            foreach (var implementation in implementations)
            {
                if (!MemberReader.MayFollow(implementation, asImplementation: true)
                    || MemberReader.Read(implementation, near, summaries.Trees) is not { } read)
                {
                    return null;
                }

                values.AddRange(read.Values);
            }

            return new MemberValue(member, values.ToImmutable(), ImmutableArray<IOperation>.Empty, uses: 0);
        }

        /// <summary>The methods a call may enter: the method, or each implementation of a virtual or interface one.</summary>
        private static ImmutableArray<IMethodSymbol> Methods(IMethodSymbol method, SemanticModel near)
            => IsOverridable(method) && For(near).Implementations(method) is { } implementations
                ? implementations.OfType<IMethodSymbol>().ToImmutableArray()
                : ImmutableArray.Create(method);

        private static bool IsOverridable(ISymbol member)
            => !member.DeclaringSyntaxReferences.IsEmpty
               && (member.IsVirtual || member.IsAbstract || (member.IsOverride && !member.IsSealed && member.ContainingType is { IsSealed: false }));

        /// <summary>The models of the compilation's documents that value flow reads members through, shared by every summary.</summary>
        public static OtherTrees TreesOf(Compilation compilation) => SourceCode.Of(compilation).Trees;

        private static Summaries For(SemanticModel near) => ByCompilation.GetValue(near.Compilation, c => new Summaries(c));

        private sealed class Summaries
        {
            private readonly Compilation compilation;
            private readonly SourceImplementations sourceImplementations;
            private readonly ConcurrentDictionary<ISymbol, ImmutableArray<ISymbol>?> implementations = new(SymbolEqualityComparer.Default);

            public Summaries(Compilation compilation)
            {
                this.compilation = compilation;
                Trees = SourceCode.Of(compilation).Trees;
                sourceImplementations = SourceCode.Of(compilation).Implementations;
            }

            public OtherTrees Trees { get; }

            public ConcurrentDictionary<ISymbol, MemberValue?> Members { get; } = new(SymbolEqualityComparer.Default);

            public ImmutableArray<ISymbol>? Implementations(ISymbol member)
                => implementations.GetOrAdd(member, m => DispatchTargets.Of(m, sourceImplementations, compilation));
        }
    }
}
