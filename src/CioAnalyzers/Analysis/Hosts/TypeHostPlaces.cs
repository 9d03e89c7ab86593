using System;
using System.Collections.Generic;
using System.Linq;
using CioAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// One host a type's code names: its data centre, the host, and the string or constant reference that names it (with
    /// its operation when it was bound: a string read from syntax alone has none).
    /// </summary>
    internal readonly record struct HostPlace(DataCenter DataCenter, string Host, SyntaxNode Syntax, IOperation? Operation);

    /// <summary>The Customer.io hosts one type names (all its parts), by data centre, and whether it picks one at run time.</summary>
    internal sealed class TypeHostPlaces
    {
        private readonly List<HostPlace> hosts = new();

        public bool IsEmpty => hosts.Count == 0;

        /// <summary>A host picked by a condition, a switch or a fallback, or listed in a table: no mix and no comparison.</summary>
        public bool ChoosesAtRunTime { get; private set; }

        public List<HostPlace> In(DataCenter dataCenter)
            => hosts.Where(h => h.DataCenter == dataCenter).OrderBy(h => h.Syntax.SyntaxTree.FilePath, StringComparer.Ordinal).ThenBy(h => h.Syntax.SpanStart).ToList();

        /// <summary>The one data centre of every host; None when there is none or both.</summary>
        public DataCenter OnlyDataCenter
            => hosts.Count > 0 && hosts.All(h => h.DataCenter == hosts[0].DataCenter) ? hosts[0].DataCenter : DataCenter.None;

        /// <summary>The places that name a host, counted once each (one string may name two hosts).</summary>
        public static List<HostPlace> Places(List<HostPlace> hosts) => hosts.GroupBy(h => h.Syntax).Select(g => g.First()).ToList();

        public void Add(IOperation operation)
        {
            // A constant's own value is a host table, not a use (a class listing both data centres' hosts is
            // fine): the uses are the references to it, from this source or a library (TrackApiHosts.EU).
            // The field's own type first: reading a constant's value costs more than testing what it is.
            var text = operation switch
            {
                ILiteralOperation { ConstantValue: { HasValue: true, Value: string literal } } when !InitialisesConstant(operation) => literal,
                IFieldReferenceOperation { Field: { IsConst: true, Type.SpecialType: SpecialType.System_String, ConstantValue: string value } } => value,
                _ => null,
            };
            if (text is null || text.IndexOf(HostText.DomainSuffix, StringComparison.OrdinalIgnoreCase) < 0)
            {
                return;
            }

            ChoosesAtRunTime |= IsChosenAtRunTime(operation);
            foreach (var (dataCenter, host) in HostScanner.HostsIn(text))
            {
                hosts.Add(new HostPlace(dataCenter, host, operation.Syntax, operation));
            }
        }

        /// <summary>
        /// A string written in the source, read from syntax alone: what the comparison with the configuration reads in
        /// every file, where binding each string's member would cost a second compile of those members. The same
        /// strings and choices as <see cref="Add"/>, told by their syntax.
        /// </summary>
        public void AddWritten(SyntaxToken token)
        {
            var node = token.Parent;
            if (node is not (LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } or InterpolatedStringTextSyntax)
                || WrittenChoice.InitialisesConstant(node)
                || token.ValueText.IndexOf(HostText.DomainSuffix, StringComparison.OrdinalIgnoreCase) < 0)
            {
                return;
            }

            ChoosesAtRunTime |= WrittenChoice.IsChosenAtRunTime(node);
            foreach (var (dataCenter, host) in HostScanner.HostsIn(token.ValueText))
            {
                hosts.Add(new HostPlace(dataCenter, host, node, null));
            }
        }

        /// <summary>
        /// A host picked by a condition, a switch or a fallback, or listed in a collection (a table by region): the
        /// code chooses the data centre when it runs.
        /// </summary>
        private static bool IsChosenAtRunTime(IOperation operation)
        {
            for (var parent = operation.Parent; parent is not null && parent is not IBlockOperation; parent = parent.Parent)
            {
                if (parent is IConditionalOperation or ISwitchExpressionOperation or ICoalesceOperation or ISwitchCaseOperation or IArrayInitializerOperation
                    || parent.Syntax.IsKind(SyntaxKind.CollectionExpression)
                    || IsCollectionElement(parent))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>An element of a collection initializer: <c>{ "a", "b" }</c> or <c>{ ["us"] = "a" }</c>, not <c>{ Host = "a" }</c>.</summary>
        private static bool IsCollectionElement(IOperation operation)
            => operation.Parent is IObjectOrCollectionInitializerOperation
               && operation is IInvocationOperation { IsImplicit: true } or ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } };

        private static bool InitialisesConstant(IOperation literal)
            => literal.Parent is IFieldInitializerOperation { InitializedFields: var fields } && fields.Any(f => f.IsConst)
               || (literal.Parent is IConversionOperation { Parent: IFieldInitializerOperation { InitializedFields: var converted } } && converted.Any(f => f.IsConst));
    }
}
