using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CioAnalyzers.Analysis
{
    /// <summary>An optional parameter's default as written in its declaration (<c>record Customer(string Id = "")</c>).</summary>
    internal static class Defaults
    {
        public static IOperation? Of(IParameterSymbol parameter, SemanticModel near, OtherTrees trees)
        {
            if (parameter.DeclaringSyntaxReferences.Length != 1
                || parameter.DeclaringSyntaxReferences[0].GetSyntax() is not ParameterSyntax { Default: { } written }
                || trees.ModelFor(written.SyntaxTree, near) is not { } model)
            {
                return null;
            }

            return (model.GetOperation(written) as IParameterInitializerOperation)?.Value;
        }
    }
}
