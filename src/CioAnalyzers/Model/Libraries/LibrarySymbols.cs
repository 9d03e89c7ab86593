using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// The client libraries' elements with their roles (<see cref="KnownSdks"/>) and the framework types, as symbols of
    /// one compilation's references. Read-only once built, so compilations that share their references can share it
    /// (<see cref="SharedLibrarySymbols"/>).
    /// </summary>
    internal sealed class LibrarySymbols
    {
        private readonly Dictionary<ISymbol, ApiRole> roles = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<IPropertySymbol, List<(INamedTypeSymbol Receiver, ApiRole Role)>> receiverRoles = new(SymbolEqualityComparer.Default);

        public LibrarySymbols(Compilation compilation)
        {
            Types = new KnownTypes(compilation);
            IsTestProject = TestFrameworks.AreReferencedBy(compilation);
            foreach (var element in KnownSdks.Elements)
            {
                foreach (var type in SdkTypeResolver.Resolve(compilation, element.Namespace, element.TypeName, element.IncludeSubNamespaces))
                {
                    // A timestamp of a library's ISO-8601 envelope is no Unix-seconds timestamp.
                    if (element.Role == ApiRole.UnixSeconds && IsInIsoTimestampNamespace(type))
                    {
                        continue;
                    }

                    foreach (var symbol in SdkTypeResolver.ElementSymbols(type, element.Member, element.Parameter, element.UnlessParameter))
                    {
                        if (symbol is IPropertySymbol inherited && !SymbolEqualityComparer.Default.Equals(inherited.ContainingType, type))
                        {
                            AddReceiverRole(inherited, type, element.Role);
                        }
                        else
                        {
                            roles[symbol] = element.Role;
                        }
                    }
                }
            }

            Table = new RoleTable(roles, receiverRoles, Types);
            SerializedInterfaces = KnownSdks.Serializers
                .SelectMany(serializer => serializer.SerializedInterfaces.SelectMany(name => SdkTypeResolver.Resolve(compilation, serializer.Namespace, name, includeSubNamespaces: false)
                    .Select(type => (type, serializer.DateTimeRole, serializer.Naming))))
                .ToImmutableArray();
        }

        /// <summary>
        /// True when the source may declare a type that a lookup finds: a type with a name looked up in a namespace with
        /// a name looked up (both are compared by simple name, and in any files, so this errs towards true).
        /// </summary>
        public static bool SourceMayDeclareOneLookedUp(Compilation compilation)
            => SourceDeclaresOneLookedUp.GetValue(SourceSet.Of(compilation), _ => DeclaresOneLookedUp(compilation)) is true;

        private static readonly ConditionalWeakTable<SourceSet, object> SourceDeclaresOneLookedUp = new();

        private static object DeclaresOneLookedUp(Compilation compilation)
        {
            bool type = false, space = false;
            foreach (var tree in compilation.SyntaxTrees)
            {
                var declared = DeclaredNames.Of(tree);
                type |= declared.TypeLookedUp;
                space |= declared.NamespaceLookedUp;
                if (type && space)
                {
                    return true;
                }
            }

            return false;
        }

        // Hash sets, not immutable ones: every name of the source is looked up, for every compilation the IDE makes.
        internal static readonly HashSet<string> TypeNamesLookedUp = new(KnownTypes.MetadataNames.Select(SimpleName)
            .Concat(KnownSdks.Elements.Select(e => e.TypeName))
            .Concat(KnownSdks.Serializers.SelectMany(s => s.SerializedInterfaces)), System.StringComparer.Ordinal);

        internal static readonly HashSet<string> NamespacesLookedUp = new(KnownTypes.MetadataNames.Select(n => n.Substring(0, n.LastIndexOf('.')))
            .Concat(KnownSdks.Elements.Select(e => e.Namespace))
            .Concat(KnownSdks.Serializers.Select(s => s.Namespace))
            .SelectMany(n => n.Split('.')), System.StringComparer.Ordinal);

        /// <summary><c>System.Collections.Generic.IDictionary`2</c> is <c>IDictionary</c>.</summary>
        private static string SimpleName(string metadataName)
        {
            var name = metadataName.Substring(metadataName.LastIndexOf('.') + 1);
            var arity = name.IndexOf('`');
            return arity < 0 ? name : name.Substring(0, arity);
        }

        public KnownTypes Types { get; }

        /// <summary>True when the references hold a test framework (xunit, NUnit, MSTest).</summary>
        public bool IsTestProject { get; }

        /// <summary>The libraries' parameters and properties with roles, with their owners and name test.</summary>
        public RoleTable Table { get; }

        /// <summary>Interfaces whose implementations a library sends whole, with the role it gives their DateTime properties.</summary>
        public ImmutableArray<(INamedTypeSymbol Interface, ApiRole DateRole, JsonNaming Naming)> SerializedInterfaces { get; }

        /// <summary>True when every symbol found comes from a metadata reference, none from source (this project's or another's).</summary>
        public bool AllFromMetadata(Compilation compilation)
        {
            bool FromSource(ISymbol? symbol) => symbol is not null
                && (SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, compilation.Assembly)
                    || compilation.GetMetadataReference(symbol.ContainingAssembly) is not PortableExecutableReference);
            return !roles.Keys.Any(FromSource)
                && !receiverRoles.Keys.Any(FromSource)
                && !receiverRoles.Values.SelectMany(r => r).Any(r => FromSource(r.Receiver))
                && !SerializedInterfaces.Any(s => FromSource(s.Interface))
                && !Types.All.Any(FromSource);
        }

        private void AddReceiverRole(IPropertySymbol property, INamedTypeSymbol receiver, ApiRole role)
        {
            property = property.OriginalDefinition;
            if (!receiverRoles.TryGetValue(property, out var receivers))
            {
                receiverRoles[property] = receivers = new List<(INamedTypeSymbol, ApiRole)>();
            }

            receivers.Add((receiver.OriginalDefinition, role));
        }

        private static bool IsInIsoTimestampNamespace(INamedTypeSymbol type)
        {
            var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            return KnownSdks.IsoTimestampNamespaces.Any(prefix => ns == prefix || ns.StartsWith(prefix + ".", System.StringComparison.Ordinal));
        }
    }
}
