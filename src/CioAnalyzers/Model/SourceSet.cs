using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// One object for every compilation made of the same list of syntax trees: the key for what is read from the source
    /// text alone. Roslyn makes a new compilation for each analysis request (the IDE's syntax and semantic passes over a
    /// document are two, each running every compilation start action), all sharing one tree list; keyed by the
    /// compilation, each request walked every file of the project again.
    /// </summary>
    /// <remarks>
    /// Matched by the list's identity, not its contents: touching each tree of a large project costs as much as the
    /// walks this saves. The last few lists are remembered (about one per project the IDE analyses in turn); they hold
    /// their trees, and an edit makes a new list, so the old ones kept hold only old versions of the edited files.
    /// </remarks>
    internal sealed class SourceSet
    {
        private const int Remembered = 8;

        private static readonly ConditionalWeakTable<Compilation, SourceSet> ByCompilation = new();

        // Read without a lock (every compilation asks); replaced whole when a set is added.
        private static ImmutableArray<SourceSet> recent = ImmutableArray<SourceSet>.Empty;

        private readonly ImmutableArray<SyntaxTree> trees;

        private SourceSet(ImmutableArray<SyntaxTree> trees)
        {
            this.trees = trees;
        }

        /// <summary>The set <paramref name="compilation"/>'s source is: the same object as for its siblings.</summary>
        public static SourceSet Of(Compilation compilation)
            => ByCompilation.GetValue(compilation, Find);

        private static SourceSet Find(Compilation compilation)
        {
            if (compilation is not CSharpCompilation csharp)
            {
                return new SourceSet(ImmutableArray.CreateRange(compilation.SyntaxTrees));
            }

            var trees = csharp.SyntaxTrees;
            foreach (var set in recent)
            {
                if (set.trees == trees)
                {
                    return set;
                }
            }

            var made = new SourceSet(trees);
            ImmutableInterlocked.Update(ref recent, (list, added) => (list.Length == Remembered ? list.RemoveAt(0) : list).Add(added), made);
            return made;
        }
    }
}
