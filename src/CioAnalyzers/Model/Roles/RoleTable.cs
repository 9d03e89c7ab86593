using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// The symbols with roles, the types that own them and the name test over them: the client libraries' alone
    /// (shared with <see cref="LibrarySymbols"/>), or with a project's configured wrappers added. Read-only once built.
    /// </summary>
    internal sealed class RoleTable
    {
        private readonly KnownTypes types;
        private CandidateNames? names;

        public RoleTable(IEnumerable<KeyValuePair<ISymbol, ApiRole>> roles, IReadOnlyDictionary<IPropertySymbol, List<(INamedTypeSymbol Receiver, ApiRole Role)>> receiverRoles, KnownTypes types)
        {
            this.types = types;
            ReceiverRoles = receiverRoles;
            foreach (var pair in roles)
            {
                // In order: a configured role replaces a library's.
                Roles[pair.Key] = pair.Value;
            }

            foreach (var symbol in Roles.Keys)
            {
                if (OwnerType(symbol) is { } owner)
                {
                    TypesWithRoles.Add(owner);
                }
            }

            foreach (var receivers in receiverRoles.Values)
            {
                foreach (var (receiver, _) in receivers)
                {
                    TypesWithRoles.Add(receiver);
                }
            }

            InterfacesWithRoles = TypesWithRoles.Where(t => t.TypeKind == TypeKind.Interface && Roles.Keys.Any(k => k is IPropertySymbol && SymbolEqualityComparer.Default.Equals(k.ContainingType, t))).ToImmutableArray();
        }

        public Dictionary<ISymbol, ApiRole> Roles { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>
        /// Properties declared on a base type whose role depends on the receiver's type: ApiKey is the Track key on the
        /// Track options and the App key on the App options.
        /// </summary>
        public IReadOnlyDictionary<IPropertySymbol, List<(INamedTypeSymbol Receiver, ApiRole Role)>> ReceiverRoles { get; }

        public HashSet<INamedTypeSymbol> TypesWithRoles { get; } = new(SymbolEqualityComparer.Default);

        public ImmutableArray<INamedTypeSymbol> InterfacesWithRoles { get; }

        /// <summary>
        /// The cheap name test every call and assignment passes before any symbol comparison; built on first use, so
        /// compilations that never reach Customer.io do not pay for it (a race only builds it twice).
        /// </summary>
        public CandidateNames Names => names ??= new CandidateNames(Roles.Keys.Concat(ReceiverRoles.Keys), types);

        /// <summary>This table with <paramref name="configured"/> roles added; this one when there are none.</summary>
        public RoleTable With(ImmutableArray<KeyValuePair<ISymbol, ApiRole>> configured)
            => configured.IsEmpty ? this : new RoleTable(Roles.Concat(configured), ReceiverRoles, types);

        private static INamedTypeSymbol? OwnerType(ISymbol symbol) => symbol switch
        {
            IParameterSymbol parameter => parameter.ContainingSymbol?.ContainingType,
            _ => symbol.ContainingType,
        };
    }
}
