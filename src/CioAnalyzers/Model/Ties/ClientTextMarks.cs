using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model.Ties
{
    /// <summary>
    /// Where a file's text writes a URL scheme separator or the word <c>BaseAddress</c>: the only places the tie policy's
    /// questions about a type's source can be answered, found with one text search per file instead of a walk of every
    /// node of each type asked about.
    /// </summary>
    internal sealed class ClientTextMarks
    {
        private const string BaseAddress = "BaseAddress";

        private static readonly ConditionalWeakTable<SyntaxTree, ClientTextMarks> ByTree = new();

        private ClientTextMarks(ImmutableArray<int> schemes, ImmutableArray<int> baseAddresses)
        {
            Schemes = schemes;
            BaseAddresses = baseAddresses;
        }

        /// <summary>Where <c>://</c> is written.</summary>
        public ImmutableArray<int> Schemes { get; }

        /// <summary>Where <c>BaseAddress</c> is written.</summary>
        public ImmutableArray<int> BaseAddresses { get; }

        public static ClientTextMarks Of(SyntaxTree tree, CancellationToken cancellationToken)
            => ByTree.GetValue(tree, t =>
            {
                var text = t.GetText(cancellationToken).ToString();
                return new ClientTextMarks(
                    TextPositions.Of(text, HostScanner.SchemeSeparator, StringComparison.Ordinal), TextPositions.Of(text, BaseAddress, StringComparison.Ordinal));
            });
    }
}
