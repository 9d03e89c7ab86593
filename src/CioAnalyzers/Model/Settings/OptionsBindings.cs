using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CioAnalyzers.Model.Settings
{
    /// <summary>
    /// Options classes bound to a configuration section, read from syntax: <c>services.Configure&lt;CioOptions&gt;(configuration.GetSection("CustomerIO"))</c>,
    /// <c>services.AddOptions&lt;CioOptions&gt;().Bind(configuration.GetSection("CustomerIO"))</c> or <c>.BindConfiguration("CustomerIO")</c>,
    /// <c>configuration.GetSection("CustomerIO").Get&lt;CioOptions&gt;()</c>. A property of such a class reads the setting
    /// <c>{section}:{property}</c> (through <c>IOptions&lt;T&gt;.Value</c>, <c>IOptionsMonitor&lt;T&gt;.CurrentValue</c> or the bound object).
    /// </summary>
    internal sealed class OptionsBindings
    {
        // What a file binds depends on its syntax alone: kept with the tree, which outlives the compilation the IDE makes
        // for every document it analyses, so that each compilation only gathers the files' findings.
        private static readonly ConditionalWeakTable<SyntaxTree, TreeBindings> ByTree = new();

        private readonly Compilation compilation;
        private readonly Lazy<(Dictionary<string, List<string>> Sections, HashSet<string> Validated)> found;

        public OptionsBindings(Compilation compilation)
        {
            this.compilation = compilation;
            found = new(() => Find(compilation, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>
        /// The settings a property named <paramref name="property"/> of a bound options class reads: of the class
        /// <paramref name="typeName"/> when the read's receiver is known, else one per binding of a source class that
        /// declares such a property.
        /// </summary>
        public IEnumerable<string> KeysOf(string property, string? typeName)
        {
            foreach (var binding in found.Value.Sections)
            {
                if ((typeName is not null && binding.Key != typeName) || !DeclaresProperty(binding.Key, property))
                {
                    continue;
                }

                foreach (var section in binding.Value)
                {
                    yield return section + ":" + property;
                }
            }
        }

        /// <summary>
        /// True when the options class <paramref name="typeName"/> is validated (<c>AddOptions&lt;T&gt;().Validate(...)</c>,
        /// <c>ValidateDataAnnotations()</c>, an <c>IValidateOptions&lt;T&gt;</c>): a missing value then fails where it is bound.
        /// </summary>
        public bool IsValidated(string typeName) => found.Value.Validated.Contains(typeName);

        private bool DeclaresProperty(string typeName, string property)
            => compilation.GetSymbolsWithName(typeName, SymbolFilter.Type).OfType<INamedTypeSymbol>()
                .Any(t => t.GetMembers(property).Any(m => m is IPropertySymbol or IFieldSymbol));

        private static (Dictionary<string, List<string>>, HashSet<string>) Find(Compilation compilation, CancellationToken cancellationToken)
        {
            var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var validated = new HashSet<string>(StringComparer.Ordinal);
            foreach (var tree in compilation.SyntaxTrees)
            {
                var inTree = ByTree.GetValue(tree, t => InTree(t, cancellationToken));
                validated.UnionWith(inTree.Validated);
                foreach (var (type, section) in inTree.Bindings)
                {
                    if (!found.TryGetValue(type, out var sections))
                    {
                        found[type] = sections = new List<string>();
                    }

                    sections.Add(section);
                }
            }

            return (found, validated);
        }

        /// <summary>The bindings and validations one file writes.</summary>
        private static TreeBindings InTree(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var text = tree.GetText(cancellationToken).ToString();
            if (text.IndexOf("Configure<", StringComparison.Ordinal) < 0 && text.IndexOf("AddOptions<", StringComparison.Ordinal) < 0
                && text.IndexOf("Get<", StringComparison.Ordinal) < 0 && text.IndexOf("IValidateOptions<", StringComparison.Ordinal) < 0)
            {
                return TreeBindings.None;
            }

            var bindings = new List<(string Type, string Section)>();
            var validated = new List<string>();
            foreach (var name in tree.GetRoot(cancellationToken).DescendantNodes().OfType<GenericNameSyntax>())
            {
                if (Validated(name) is { } validatedType)
                {
                    validated.Add(validatedType);
                }

                if (Binding(name) is { } binding)
                {
                    bindings.Add(binding);
                }
            }

            return new TreeBindings(bindings, validated);
        }

        // AddOptions<T>()...Validate...() in one chain, or IValidateOptions<T>.
        private static string? Validated(GenericNameSyntax name)
        {
            if (name.TypeArgumentList.Arguments.Count != 1 || TypeName(name.TypeArgumentList.Arguments[0]) is not { } type)
            {
                return null;
            }

            if (name.Identifier.ValueText == "IValidateOptions")
            {
                return type;
            }

            if (name.Identifier.ValueText != "AddOptions")
            {
                return null;
            }

            for (SyntaxNode? node = name.Parent; node is MemberAccessExpressionSyntax or InvocationExpressionSyntax; node = node.Parent)
            {
                if (node is MemberAccessExpressionSyntax member && member.Name.Identifier.ValueText.StartsWith("Validate", StringComparison.Ordinal))
                {
                    return type;
                }
            }

            return null;
        }

        private static (string Type, string Section)? Binding(GenericNameSyntax name)
        {
            if (name.TypeArgumentList.Arguments.Count != 1 || TypeName(name.TypeArgumentList.Arguments[0]) is not { } type
                || name.Parent is not MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax call } member || member.Name != name)
            {
                return null;
            }

            var section = name.Identifier.ValueText switch
            {
                // Configure<T>(configuration.GetSection("S"))
                "Configure" => call.ArgumentList.Arguments.Select(a => SectionOf(a.Expression)).FirstOrDefault(s => s is not null),

                // configuration.GetSection("S").Get<T>()
                "Get" => SectionOf(member.Expression),

                // AddOptions<T>().Bind(configuration.GetSection("S")) or .BindConfiguration("S")
                "AddOptions" => call.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var next, Parent: InvocationExpressionSyntax chained }
                    ? next switch
                    {
                        "Bind" => chained.ArgumentList.Arguments.Select(a => SectionOf(a.Expression)).FirstOrDefault(s => s is not null),
                        "BindConfiguration" => chained.ArgumentList.Arguments.Count > 0 ? StringOf(chained.ArgumentList.Arguments[0].Expression) : null,
                        _ => null,
                    }
                    : null,
                _ => null,
            };
            return section is null ? null : (type, section);
        }

        // configuration.GetSection("S") or GetRequiredSection("S"), nested sections joined.
        private static string? SectionOf(ExpressionSyntax expression)
            => expression is InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } call
                && arguments[0].Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
                && call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetSection" or "GetRequiredSection" }
                ? ConfigurationKeySyntax.KeyAt(literal.Token)
                : null;

        private static string? StringOf(ExpressionSyntax expression)
            => expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;

        private static string? TypeName(TypeSyntax type) => type switch
        {
            IdentifierNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            _ => null,
        };

        private sealed class TreeBindings
        {
            public static readonly TreeBindings None = new(new List<(string Type, string Section)>(), new List<string>());

            public TreeBindings(List<(string Type, string Section)> bindings, List<string> validated)
            {
                Bindings = bindings;
                Validated = validated;
            }

            public List<(string Type, string Section)> Bindings { get; }

            public List<string> Validated { get; }
        }
    }
}
