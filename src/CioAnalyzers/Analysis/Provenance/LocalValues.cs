using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>Locals assigned once in their method: their value is the initializer, wherever they are read.</summary>
    internal static class LocalValues
    {
        /// <summary>The initializer of a local that is never written again in its method.</summary>
        public static bool TryGetSingleValue(ILocalReferenceOperation reference, out IOperation value)
        {
            value = null!;
            if (reference.IsDeclaration)
            {
                return false;
            }

            IOperation? initializer = null;
            foreach (var operation in Operations.InSameBody(reference))
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local):
                        initializer = declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
                        if (initializer is null)
                        {
                            return false;
                        }

                        break;

                    case ILocalReferenceOperation other when SymbolEqualityComparer.Default.Equals(other.Local, reference.Local) && IsWrite(other):
                        return false;
                }
            }

            if (initializer is null)
            {
                return false;
            }

            value = initializer;
            return true;
        }

        /// <summary>How many times the local is read in its method (declarations and writes not counted).</summary>
        public static int CountReads(ILocalSymbol local, IOperation anyOperationInMethod)
            => Operations.InSameBody(anyOperationInMethod)
                .OfType<ILocalReferenceOperation>()
                .Count(r => SymbolEqualityComparer.Default.Equals(r.Local, local) && !r.IsDeclaration && !IsWrite(r));

        /// <summary>The references to the local in its method, reads and writes.</summary>
        public static System.Collections.Generic.IEnumerable<ILocalReferenceOperation> References(ILocalSymbol local, IOperation anyOperationInMethod)
            => Operations.InSameBody(anyOperationInMethod)
                .OfType<ILocalReferenceOperation>()
                .Where(r => SymbolEqualityComparer.Default.Equals(r.Local, local));

        private static bool IsWrite(ILocalReferenceOperation reference)
        {
            if (reference.IsDeclaration)
            {
                return true;
            }

            return reference.Parent switch
            {
                IAssignmentOperation assignment => assignment.Target == reference,
                IIncrementOrDecrementOperation => true,
                IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
                ITupleOperation { Parent: IDeconstructionAssignmentOperation } => true,
                _ => false,
            };
        }
    }
}
