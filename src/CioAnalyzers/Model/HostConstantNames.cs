using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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
        private const string ConstKeyword = "const";

        private static readonly ConditionalWeakTable<SyntaxTree, SourceConstants> ConstantsByTree = new();
        private static readonly ConditionalWeakTable<PortableExecutableReference, string[]> NamesByFile = new();

        private HostConstantNames(ImmutableHashSet<string> names)
        {
            Names = names;
        }

        public ImmutableHashSet<string> Names { get; }

        // The names joined, the key under which a file's positions are remembered.
        private string? key;

        private static readonly ConditionalWeakTable<SyntaxTree, NamePositions> PositionsByTree = new();

        /// <summary>
        /// Where <paramref name="tree"/>'s text names one of these constants as a whole identifier, in text order.
        /// Remembered per file for the same names, so that the IDE's request for one document reads no other file.
        /// </summary>
        public ImmutableArray<int> MentionsIn(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (Names.IsEmpty)
            {
                return ImmutableArray<int>.Empty;
            }

            var namesKey = key ??= string.Join("\n", Names.OrderBy(n => n, StringComparer.Ordinal));
            var remembered = PositionsByTree.GetOrCreateValue(tree);
            var found = remembered.Found;
            if (found is not null && found.Key == namesKey)
            {
                return found.Positions;
            }

            var text = tree.GetText(cancellationToken).ToString();
            var positions = ImmutableArray.CreateBuilder<int>();
            foreach (var name in Names)
            {
                for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                {
                    if ((at == 0 || !IsIdentifierCharacter(text[at - 1])) && (at + name.Length == text.Length || !IsIdentifierCharacter(text[at + name.Length])))
                    {
                        positions.Add(at);
                    }
                }
            }

            positions.Sort();
            var result = positions.ToImmutable();
            remembered.Found = new Entry(namesKey, result);
            return result;
        }

        private static bool IsIdentifierCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

        /// <summary>One file's mentions of one set of names, replaced whole so that a reader sees a key with its positions.</summary>
        private sealed class NamePositions
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

        public static HostConstantNames For(Compilation compilation, CancellationToken cancellationToken)
        {
            var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            var declarations = new List<SourceConstant>();
            AddSource(compilation, declarations, cancellationToken);
            foreach (var reference in compilation.References)
            {
                switch (reference)
                {
                    case CompilationReference project:
                        AddSource(project.Compilation, declarations, cancellationToken);
                        break;
                    case PortableExecutableReference file:
                        names.UnionWith(NamesByFile.GetValue(file, ReadFile));
                        break;
                }
            }

            foreach (var declaration in declarations)
            {
                if (declaration.NamesHost)
                {
                    names.Add(declaration.Name);
                }
            }

            // A constant made of another: repeat until no declaration is added (chains are short).
            for (var added = true; added;)
            {
                added = false;
                foreach (var declaration in declarations)
                {
                    if (!names.Contains(declaration.Name) && declaration.Mentions(names))
                    {
                        names.Add(declaration.Name);
                        added = true;
                    }
                }
            }

            return new HostConstantNames(names.ToImmutable());
        }

        private static void AddSource(Compilation compilation, List<SourceConstant> declarations, CancellationToken cancellationToken)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                declarations.AddRange(ConstantsByTree.GetValue(tree, t => SourceConstants.Find(t, cancellationToken)).Declarations);
            }
        }

        /// <summary>
        /// The string constants of an assembly file whose value names the domain, read from its constant table once
        /// per reference (the IDE's compilations of one project share their references).
        /// </summary>
        private static string[] ReadFile(PortableExecutableReference reference)
        {
            Metadata metadata;
            try
            {
                metadata = reference.GetMetadata();
            }
            catch (Exception e) when (e is BadImageFormatException or System.IO.IOException or InvalidOperationException)
            {
                // The compiler reports an unreadable reference itself; its constants cannot be used then.
                return Array.Empty<string>();
            }

            var modules = metadata switch
            {
                AssemblyMetadata assembly => assembly.GetModules(),
                ModuleMetadata module => ImmutableArray.Create(module),
                _ => ImmutableArray<ModuleMetadata>.Empty,
            };
            return modules.SelectMany(ReadModule).ToArray();
        }

        private static string[] ReadModule(ModuleMetadata module)
        {
            try
            {
                var reader = module.GetMetadataReader();
                var found = new List<string>();
                var rows = reader.GetTableRowCount(TableIndex.Constant);
                for (var row = 1; row <= rows; row++)
                {
                    var constant = reader.GetConstant(MetadataTokens.ConstantHandle(row));
                    if (constant.TypeCode != ConstantTypeCode.String || constant.Parent.Kind != HandleKind.FieldDefinition)
                    {
                        continue;
                    }

                    var blob = reader.GetBlobReader(constant.Value);
                    if (blob.Length >= HostText.DomainSuffix.Length * 2
                        && blob.ReadUTF16(blob.Length).IndexOf(HostText.DomainSuffix, StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        found.Add(reader.GetString(reader.GetFieldDefinition((FieldDefinitionHandle)constant.Parent).Name));
                    }
                }

                return found.ToArray();
            }
            catch (BadImageFormatException)
            {
                return Array.Empty<string>();
            }
        }

        /// <summary>The constant field declarations of one file, found where its text says <c>const</c>.</summary>
        private sealed class SourceConstants
        {
            private SourceConstants(ImmutableArray<SourceConstant> declarations)
            {
                Declarations = declarations;
            }

            public ImmutableArray<SourceConstant> Declarations { get; }

            public static SourceConstants Find(SyntaxTree tree, CancellationToken cancellationToken)
            {
                var text = tree.GetText(cancellationToken).ToString();
                var root = tree.GetRoot(cancellationToken);
                var found = ImmutableArray.CreateBuilder<SourceConstant>();
                for (var at = text.IndexOf(ConstKeyword, StringComparison.Ordinal); at >= 0; at = text.IndexOf(ConstKeyword, at + ConstKeyword.Length, StringComparison.Ordinal))
                {
                    var token = root.FindToken(at);
                    if (token.IsKind(SyntaxKind.ConstKeyword) && token.SpanStart == at && token.Parent is FieldDeclarationSyntax field)
                    {
                        foreach (var variable in field.Declaration.Variables)
                        {
                            if (variable.Initializer is { } initializer)
                            {
                                found.Add(new SourceConstant(variable.Identifier.ValueText, initializer.Value, HostText.AnyMentionIn(initializer, cancellationToken)));
                            }
                        }
                    }
                }

                return new SourceConstants(found.ToImmutable());
            }
        }

        private sealed class SourceConstant
        {
            private readonly string[] identifiers;

            public SourceConstant(string name, ExpressionSyntax value, bool namesHost)
            {
                Name = name;
                NamesHost = namesHost;
                identifiers = namesHost
                    ? Array.Empty<string>()
                    : value.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText).ToArray();
            }

            public string Name { get; }

            /// <summary>True when the initializer's own text names the domain.</summary>
            public bool NamesHost { get; }

            /// <summary>True when the initializer names one of <paramref name="names"/>.</summary>
            public bool Mentions(ImmutableHashSet<string>.Builder names)
            {
                foreach (var identifier in identifiers)
                {
                    if (names.Contains(identifier))
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
