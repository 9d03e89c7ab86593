using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// The names of the string constants a compilation can see whose value may name a Customer.io host: a reference to
    /// such a constant is a use of the host, and its name is how the code that uses it can be found without binding
    /// every name. Read from the source (constant declarations whose initializer names the domain or another such
    /// constant), from the projects it references, and from the constant table of each referenced assembly file.
    /// Over-approximated by name (a name may belong to an unrelated constant too), never under: a binding confirms.
    /// </summary>
    internal sealed class HostConstantNames
    {
        // The names joined in a fixed order: the key under which a file's mentions are remembered.
        private string? key;

        // The data centres each name's constants may name hosts of, over every declaration of the name.
        private readonly Dictionary<string, DataCenterSet> dataCenters;

        private HostConstantNames(Dictionary<string, DataCenterSet> dataCenters)
        {
            this.dataCenters = dataCenters;
            Names = dataCenters.Keys.ToImmutableHashSet(StringComparer.Ordinal);
        }

        public ImmutableHashSet<string> Names { get; }

        /// <summary>Where <paramref name="tree"/>'s text names one of these constants as a whole identifier, in text order.</summary>
        public ImmutableArray<int> MentionsIn(SyntaxTree tree, CancellationToken cancellationToken)
            => Names.IsEmpty
                ? ImmutableArray<int>.Empty
                : NameMentions.In(tree, Names, key ??= string.Join("\n", Names.OrderBy(n => n, StringComparer.Ordinal)), cancellationToken);

        /// <summary>
        /// True when <paramref name="tree"/> names a constant that may name a host of <paramref name="dataCenter"/>: a file
        /// that names only constants of the other need not be bound to look for it.
        /// </summary>
        public bool MayNameHostOf(SyntaxTree tree, DataCenter dataCenter, CancellationToken cancellationToken)
        {
            var mentions = MentionsIn(tree, cancellationToken);
            if (mentions.IsEmpty)
            {
                return false;
            }

            var root = tree.GetRoot(cancellationToken);
            var sought = dataCenter.AsSet();
            foreach (var position in mentions)
            {
                if (dataCenters.TryGetValue(root.FindToken(position).ValueText, out var named) && (named & sought) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The names for <paramref name="compilation"/>'s source and references, read once for the compilations made of them.</summary>
        public static HostConstantNames For(Compilation compilation, CancellationToken cancellationToken)
        {
            var kept = BySource.GetValue(SourceSet.Of(compilation), _ => new Kept());
            if (kept.Last is { } last && last.ReadWith(compilation.References))
            {
                return last.Names;
            }

            var read = new ReadNames(compilation.References, Read(compilation, cancellationToken));
            kept.Last = read;
            return read.Names;
        }

        private static readonly ConditionalWeakTable<SourceSet, Kept> BySource = new();

        /// <summary>The last names read for one source set, with the references they were read with.</summary>
        private sealed class Kept
        {
            public volatile ReadNames? Last;
        }

        private sealed class ReadNames
        {
            // A referenced project's compilation is held weakly: kept names must not keep it alive.
            private readonly object[] references;

            public ReadNames(IEnumerable<MetadataReference> references, HostConstantNames names)
            {
                this.references = references.Select(r => r is CompilationReference ? new WeakReference<MetadataReference>(r) : (object)r).ToArray();
                Names = names;
            }

            public HostConstantNames Names { get; }

            public bool ReadWith(IEnumerable<MetadataReference> current)
            {
                var i = 0;
                foreach (var reference in current)
                {
                    if (i == references.Length)
                    {
                        return false;
                    }

                    var held = references[i++];
                    if (held is WeakReference<MetadataReference> weak)
                    {
                        held = weak.TryGetTarget(out var project) ? project : null;
                    }

                    if (!ReferenceEquals(held, reference))
                    {
                        return false;
                    }
                }

                return i == references.Length;
            }
        }

        private static HostConstantNames Read(Compilation compilation, CancellationToken cancellationToken)
        {
            var dataCenters = new Dictionary<string, DataCenterSet>(StringComparer.Ordinal);
            // Each file's declarations as that file keeps them: most files declare none, and copying them all cost more.
            var declarations = new List<ImmutableArray<SourceConstant>>();
            AddSource(compilation, declarations, cancellationToken);
            foreach (var reference in compilation.References)
            {
                switch (reference)
                {
                    case CompilationReference project:
                        AddSource(project.Compilation, declarations, cancellationToken);
                        break;
                    case PortableExecutableReference file:
                        foreach (var (name, named) in AssemblyHostConstants.NamesIn(file))
                        {
                            Add(dataCenters, name, named);
                        }

                        break;
                }
            }

            foreach (var inFile in declarations)
            {
                foreach (var declaration in inFile)
                {
                    if (declaration.NamesHost)
                    {
                        Add(dataCenters, declaration.Name, declaration.DataCenters);
                    }
                }
            }

            // A constant made of others names their hosts: repeat until nothing is added (chains are short).
            for (var added = true; added;)
            {
                added = false;
                foreach (var inFile in declarations)
                {
                    foreach (var declaration in inFile)
                    {
                        foreach (var identifier in declaration.Identifiers)
                        {
                            if (dataCenters.TryGetValue(identifier, out var named))
                            {
                                added |= Add(dataCenters, declaration.Name, named);
                            }
                        }
                    }
                }
            }

            return new HostConstantNames(dataCenters);
        }

        /// <summary>Adds <paramref name="named"/> to the name's data centres; true when the name or a data centre is new.</summary>
        private static bool Add(Dictionary<string, DataCenterSet> dataCenters, string name, DataCenterSet named)
        {
            var known = dataCenters.TryGetValue(name, out var before);
            if (known && (before | named) == before)
            {
                return false;
            }

            dataCenters[name] = before | named;
            return true;
        }

        private static void AddSource(Compilation compilation, List<ImmutableArray<SourceConstant>> declarations, CancellationToken cancellationToken)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (SourceConstants.In(tree, cancellationToken) is { IsEmpty: false } inFile)
                {
                    declarations.Add(inFile);
                }
            }
        }
    }
}
