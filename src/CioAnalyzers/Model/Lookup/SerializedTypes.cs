using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// What the client libraries' own serialisers do to the user's types they send whole (<see cref="KnownSdks.Serializers"/>):
    /// how they name properties, and the role they give every DateTime.
    /// </summary>
    internal sealed class SerializedTypes
    {
        private readonly ImmutableArray<(INamedTypeSymbol Interface, ApiRole DateRole, JsonNaming Naming)> interfaces;
        private readonly ConcurrentDictionary<IPropertySymbol, ApiRole> dateRoles = new(SymbolEqualityComparer.Default);

        // Allocated once: the lookup runs for every DateTime property assignment that passes the name test.
        private readonly System.Func<IPropertySymbol, ApiRole> dateRole;

        public SerializedTypes(ImmutableArray<(INamedTypeSymbol Interface, ApiRole DateRole, JsonNaming Naming)> interfaces)
        {
            this.interfaces = interfaces;
            dateRole = DateRole;
        }

        /// <summary>
        /// The cheap test before a property without a role of its own is looked at as a date a library serialises: some
        /// library sends its users' types whole and the property is a DateTime.
        /// </summary>
        public bool MayBeDate(IPropertySymbol property)
            => !interfaces.IsEmpty && !property.IsStatic && KnownTypes.IsDateTime(property.Type);

        /// <summary>The role a library's serialiser gives <paramref name="property"/>, a date; None when no library sends it.</summary>
        public ApiRole DateRoleOf(IPropertySymbol property)
            => MayBeDate(property) ? dateRoles.GetOrAdd(property, dateRole) : ApiRole.None;

        /// <summary>
        /// How a library names the properties of <paramref name="type"/> when it is handed one: Unknown unless the type
        /// implements an interface the library sends whole.
        /// </summary>
        public JsonNaming NamingOf(ITypeSymbol? type)
        {
            if (interfaces.IsEmpty || type is null || type.TypeKind == TypeKind.Interface)
            {
                return JsonNaming.Unknown;
            }

            foreach (var (candidate, _, naming) in interfaces)
            {
                if (type.AllInterfaces.Contains(candidate, SymbolEqualityComparer.Default))
                {
                    return naming;
                }
            }

            return JsonNaming.Unknown;
        }

        /// <summary>The role a library's serialiser gives every DateTime in the payloads of <paramref name="method"/> (its event data).</summary>
        public static ApiRole DateRoleInPayloadOf(IMethodSymbol method)
        {
            var ns = method.ContainingNamespace?.ToDisplayString();
            foreach (var serializer in KnownSdks.Serializers)
            {
                if (ns == serializer.Namespace)
                {
                    return serializer.DateTimeRole;
                }
            }

            return ApiRole.None;
        }

        /// <summary>
        /// A public DateTime property of a type that implements an interface a library sends whole: the role the library's
        /// serialiser gives dates, unless the property is ignored or has its own converter.
        /// </summary>
        private ApiRole DateRole(IPropertySymbol property)
        {
            if (property.DeclaredAccessibility != Accessibility.Public || property.GetMethod is null || property.IsIndexer)
            {
                return ApiRole.None;
            }

            foreach (var attribute in property.GetAttributes())
            {
                if (attribute.AttributeClass?.Name is JsonSerializers.ConverterAttributeName or JsonSerializers.IgnoreAttributeName)
                {
                    return ApiRole.None;
                }
            }

            foreach (var (candidate, role, _) in interfaces)
            {
                if (property.ContainingType.AllInterfaces.Contains(candidate, SymbolEqualityComparer.Default))
                {
                    return role;
                }
            }

            return ApiRole.None;
        }
    }
}
