using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// Where a file's text names one of a set of identifiers as a whole word, in text order; remembered per file for the
    /// same set, so that the IDE's request for one document reads no other file.
    /// </summary>
    internal static class NameMentions
    {
        private static readonly ConditionalWeakTable<SyntaxTree, Remembered> ByTree = new();

        /// <summary>Where <paramref name="tree"/>'s text names one of <paramref name="names"/>.</summary>
        /// <param name="tree">The file read.</param>
        /// <param name="names">The identifiers looked for.</param>
        /// <param name="key">The names joined in a fixed order: equal sets have equal keys.</param>
        /// <param name="cancellationToken">Stops the search.</param>
        public static ImmutableArray<int> In(SyntaxTree tree, ImmutableHashSet<string> names, string key, CancellationToken cancellationToken)
        {
            var remembered = ByTree.GetOrCreateValue(tree);
            var found = remembered.Found;
            if (found is not null && found.Key == key)
            {
                return found.Positions;
            }

            var text = tree.GetText(cancellationToken).ToString();
            var positions = ImmutableArray.CreateBuilder<int>();
            foreach (var name in names)
            {
                if (name.Length == 0)
                {
                    // An empty name would be found at every position and never advance.
                    continue;
                }

                for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if ((at == 0 || !IsIdentifierCharacter(text[at - 1])) && (at + name.Length == text.Length || !IsIdentifierCharacter(text[at + name.Length])))
                    {
                        positions.Add(at);
                    }
                }
            }

            positions.Sort();
            var result = positions.ToImmutable();
            remembered.Found = new Entry(key, result);
            return result;
        }

        private static bool IsIdentifierCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

        /// <summary>One file's mentions of one set of names, replaced whole so that a reader sees a key with its positions.</summary>
        private sealed class Remembered
        {
            private Entry? found;

            public Entry? Found
            {
                get => Volatile.Read(ref found);
                set => Volatile.Write(ref found, value);
            }
        }

        private sealed class Entry
        {
            public Entry(string key, ImmutableArray<int> positions)
            {
                Key = key;
                Positions = positions;
            }

            public string Key { get; }

            public ImmutableArray<int> Positions { get; }
        }
    }
}
