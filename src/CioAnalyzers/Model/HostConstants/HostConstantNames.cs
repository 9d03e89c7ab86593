using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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

        private HostConstantNames(ImmutableHashSet<string> names)
        {
            Names = names;
        }

        public ImmutableHashSet<string> Names { get; }

        /// <summary>Where <paramref name="tree"/>'s text names one of these constants as a whole identifier, in text order.</summary>
        public ImmutableArray<int> MentionsIn(SyntaxTree tree, CancellationToken cancellationToken)
            => Names.IsEmpty
                ? ImmutableArray<int>.Empty
                : NameMentions.In(tree, Names, key ??= string.Join("\n", Names.OrderBy(n => n, StringComparer.Ordinal)), cancellationToken);

        public static HostConstantNames For(Compilation compilation, CancellationToken cancellationToken)
        {
            var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
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
                        names.UnionWith(AssemblyHostConstants.NamesIn(file));
                        break;
                }
            }

            foreach (var inFile in declarations)
            {
                foreach (var declaration in inFile)
                {
                    if (declaration.NamesHost)
                    {
                        names.Add(declaration.Name);
                    }
                }
            }

            // A constant made of another: repeat until no declaration is added (chains are short).
            for (var added = true; added;)
            {
                added = false;
                foreach (var inFile in declarations)
                {
                    foreach (var declaration in inFile)
                    {
                        if (!names.Contains(declaration.Name) && declaration.Mentions(names))
                        {
                            names.Add(declaration.Name);
                            added = true;
                        }
                    }
                }
            }

            return new HostConstantNames(names.ToImmutable());
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
