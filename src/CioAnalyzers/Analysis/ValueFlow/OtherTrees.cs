using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// The semantic models value-flow reads members through: the asking operation's own model for its document, one
    /// model per other document of the compilation, made once (decision 0008).
    /// </summary>
    internal sealed class OtherTrees
    {
        private readonly Compilation compilation;
        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> models = new();

        public OtherTrees(Compilation compilation)
        {
            this.compilation = compilation;
        }

        public SemanticModel? ModelFor(SyntaxTree tree, SemanticModel near)
        {
            if (tree == near.SyntaxTree)
            {
                return near;
            }

            if (!compilation.ContainsSyntaxTree(tree))
            {
                return null;
            }

            // A member followed from a sink lies in another document: no analysis context gives that document's model.
#pragma warning disable RS1030 // Made only for a member a Customer.io sink reads, once per document and compilation.
            return models.GetOrAdd(tree, t => compilation.GetSemanticModel(t));
#pragma warning restore RS1030
        }
    }
}
