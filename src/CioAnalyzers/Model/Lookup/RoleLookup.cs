using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CioAnalyzers.Model.Configuration;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// Which parameter or property of one compilation has which role: the client libraries' (shared across
    /// compilations), a wrapper file's added when a symbol's type may need them, and the roles inherited through a
    /// library interface or given by the receiver's type.
    /// </summary>
    internal sealed class RoleLookup
    {
        private readonly ApiConfiguration configuration;
        private readonly RoleTable libraryTable;
        private readonly System.Lazy<RoleTable> configuredTable;
        private readonly SerializedTypes serializedTypes;
        private readonly ConcurrentDictionary<IPropertySymbol, ApiRole> implementedPropertyRoles = new(SymbolEqualityComparer.Default);
        private CandidateNames? names;

        // Allocated once: the lookup runs for every property assignment that passes the name test.
        private readonly System.Func<IPropertySymbol, ApiRole> roleThroughInterfaces;

        public RoleLookup(RoleTable libraryTable, ApiConfiguration configuration, SerializedTypes serializedTypes)
        {
            this.libraryTable = libraryTable;
            this.configuration = configuration;
            this.serializedTypes = serializedTypes;
            roleThroughInterfaces = RoleThroughInterfaces;
            configuredTable = new(() => libraryTable.With(configuration.Roles), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <inheritdoc cref="RoleTable.Names"/>
        public CandidateNames Names => names ??= libraryTable.Names.With(configuration.Names);

        /// <summary>True when some client library or configured type has a Customer.io role in this compilation.</summary>
        public bool HasApiElements => libraryTable.Roles.Count > 0 || libraryTable.ReceiverRoles.Count > 0 || !configuration.Entries.IsEmpty;

        /// <summary>True when the type is a Customer.io client or a configured wrapper.</summary>
        public bool IsApiType(INamedTypeSymbol? type)
            => type is not null && TableFor(type).TypesWithRoles.Contains(type.OriginalDefinition);

        public ApiRole RoleOf(IParameterSymbol parameter)
            => TableFor(parameter.ContainingSymbol?.ContainingType).Roles.TryGetValue(parameter.OriginalDefinition, out var role) ? role : ApiRole.None;

        /// <summary>
        /// The role of a property, including a user type's implementation of a library interface property, a base
        /// type's property whose role depends on <paramref name="receiver"/> (the type of the instance it is set on), and
        /// a date a library serialises.
        /// </summary>
        public ApiRole RoleOf(IPropertySymbol property, ITypeSymbol? receiver)
        {
            property = property.OriginalDefinition;
            var table = TableFor(property.ContainingType);
            if (table.Roles.TryGetValue(property, out var role))
            {
                return role;
            }

            if (table.ReceiverRoles.TryGetValue(property, out var receivers))
            {
                return RoleForReceiver(receivers, receiver);
            }

            if (property.ContainingType is not { } type || type.TypeKind == TypeKind.Interface || property.IsStatic
                || type.AllInterfaces.IsEmpty)
            {
                return ApiRole.None;
            }

            role = table.InterfacesWithRoles.IsEmpty ? ApiRole.None : implementedPropertyRoles.GetOrAdd(property, roleThroughInterfaces);
            return role == ApiRole.None ? serializedTypes.DateRoleOf(property) : role;
        }

        /// <summary>
        /// The table to look <paramref name="owner"/>'s members up in: the libraries' alone unless the wrapper file names
        /// the type or one of its interfaces (by simple name, so a look-alike only costs resolving the file).
        /// </summary>
        private RoleTable TableFor(INamedTypeSymbol? owner)
        {
            var configured = configuration.Names;
            if (configured.IsEmpty || owner is null)
            {
                return libraryTable;
            }

            if (configured.Types.Contains(owner.Name))
            {
                return configuredTable.Value;
            }

            foreach (var implemented in owner.AllInterfaces)
            {
                if (configured.Types.Contains(implemented.Name))
                {
                    return configuredTable.Value;
                }
            }

            return libraryTable;
        }

        /// <summary>The role for the receiver's type or its nearest base type that has one (a user's subclass of the options).</summary>
        private static ApiRole RoleForReceiver(List<(INamedTypeSymbol Receiver, ApiRole Role)> receivers, ITypeSymbol? receiver)
        {
            for (var type = receiver as INamedTypeSymbol; type is not null; type = type.BaseType)
            {
                foreach (var (candidate, role) in receivers)
                {
                    if (SymbolEqualityComparer.Default.Equals(candidate, type.OriginalDefinition))
                    {
                        return role;
                    }
                }
            }

            return ApiRole.None;
        }

        private ApiRole RoleThroughInterfaces(IPropertySymbol property)
        {
            var type = property.ContainingType;
            var table = TableFor(type);
            foreach (var candidate in table.InterfacesWithRoles)
            {
                if (!type.AllInterfaces.Contains(candidate, SymbolEqualityComparer.Default))
                {
                    continue;
                }

                foreach (var member in candidate.GetMembers(property.Name).OfType<IPropertySymbol>())
                {
                    if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), property)
                        && table.Roles.TryGetValue(member, out var role))
                    {
                        return role;
                    }
                }
            }

            return ApiRole.None;
        }
    }
}
