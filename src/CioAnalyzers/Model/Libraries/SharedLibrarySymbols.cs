using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// One <see cref="LibrarySymbols"/> for compilations that reference the same assemblies. The IDE analyses an open
    /// document in a compilation of its own for each request, with the same references (the same assembly symbols) as
    /// the last: resolving the libraries again for each would cost more than analysing the document.
    /// </summary>
    /// <remarks>
    /// Shared only when no symbol comes from source and the asking compilation's source cannot declare a type that a
    /// lookup would find; otherwise each compilation resolves its own.
    /// </remarks>
    internal static class SharedLibrarySymbols
    {
        // Reference sets per core library, about one per project of a large solution: an edit to a project's references
        // starts a new entry and the oldest goes. An entry is small and holds no compilation.
        private const int EntriesPerCoreLibrary = 16;

        private static readonly ConditionalWeakTable<IAssemblySymbol, Entries> ByCoreLibrary = new();

        public static LibrarySymbols For(Compilation compilation)
        {
            // Without a core library (broken references) there is nothing to share by.
            if (compilation.ObjectType.ContainingAssembly is not { } coreLibrary || LibrarySymbols.SourceMayDeclareOneLookedUp(compilation))
            {
                return new LibrarySymbols(compilation);
            }

            var references = compilation.SourceModule.ReferencedAssemblySymbols;
            var entries = ByCoreLibrary.GetValue(coreLibrary, _ => new Entries());
            foreach (var entry in entries.Current)
            {
                if (entry.Matches(references))
                {
                    return entry.Symbols;
                }
            }

            var built = new LibrarySymbols(compilation);
            if (built.AllFromMetadata(compilation))
            {
                entries.Add(new Entry(references, built));
            }

            return built;
        }

        /// <summary>Read without a lock (every compilation asks); replaced whole when an entry is added.</summary>
        private sealed class Entries
        {
            private ImmutableArray<Entry> current = ImmutableArray<Entry>.Empty;

            public ImmutableArray<Entry> Current => current;

            public void Add(Entry entry)
                => ImmutableInterlocked.Update(ref current, (list, added) => (list.Length == EntriesPerCoreLibrary ? list.RemoveAt(0) : list).Add(added), entry);
        }

        /// <summary>
        /// The references are held weakly: a cached entry must not keep alive a referenced project's compilation. An
        /// entry whose assemblies are gone matches nothing.
        /// </summary>
        private sealed class Entry
        {
            private readonly WeakReference<IAssemblySymbol>[] references;

            public Entry(ImmutableArray<IAssemblySymbol> references, LibrarySymbols symbols)
            {
                this.references = references.Select(r => new WeakReference<IAssemblySymbol>(r)).ToArray();
                Symbols = symbols;
            }

            public LibrarySymbols Symbols { get; }

            public bool Matches(ImmutableArray<IAssemblySymbol> other)
            {
                if (other.Length != references.Length)
                {
                    return false;
                }

                for (var i = 0; i < references.Length; i++)
                {
                    // The same symbol objects, not equal names: another load of an assembly has other symbols.
                    if (!references[i].TryGetTarget(out var held) || !ReferenceEquals(held, other[i]))
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }
}
