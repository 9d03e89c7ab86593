using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using CioAnalyzers.Model.Configuration;
using CioAnalyzers.Model.Ties;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// Everything the analyzers know about Customer.io in one compilation: which parameters and properties
    /// carry which role, and the framework types of the raw-HTTP surface. Built once per compilation and
    /// shared by every rule.
    /// </summary>
    internal sealed class CustomerIoModel
    {
        private static readonly ConditionalWeakTable<Compilation, CustomerIoModel> Cache = new();

        // Plain collections, filled in the constructor and only read afterwards (safe from any thread): they are
        // looked up for every candidate call and assignment.
        private readonly ApiConfiguration configuration;

        // The libraries' roles, shared; with the wrapper file's added, resolved the first time a symbol may need them.
        private readonly RoleTable libraryTable;
        private readonly System.Lazy<RoleTable> configuredTable;
        private CandidateNames? names;
        private readonly LibrarySymbols library;
        private readonly ConcurrentDictionary<IPropertySymbol, ApiRole> implementedPropertyRoles = new(SymbolEqualityComparer.Default);
        private readonly ImmutableArray<(INamedTypeSymbol Interface, ApiRole DateRole, JsonNaming Naming)> serializedInterfaces;
        private readonly ConcurrentDictionary<IPropertySymbol, ApiRole> serializedDateRoles = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, CallTarget> callTargets = new(ReferenceComparer<IMethodSymbol>.Instance);
        private readonly Compilation compilation;
        private int testProject; // 0 not read yet, 1 no, 2 yes: an int is written at once, a race only reads twice

        // Allocated once: the lookups run for every call and assignment that passes the name test.
        private readonly System.Func<IPropertySymbol, ApiRole> roleThroughInterfaces;
        private readonly System.Func<IPropertySymbol, ApiRole> serializedDateRole;
        private readonly System.Func<IMethodSymbol, CallTarget> classifyCall;

        private CustomerIoModel(Compilation compilation, ApiConfiguration configuration)
        {
            this.compilation = compilation;
            roleThroughInterfaces = RoleThroughInterfaces;
            serializedDateRole = SerializedDateRole;
            classifyCall = ClassifyCall;
            this.configuration = configuration;
            library = SharedLibrarySymbols.For(compilation);
            Types = library.Types;
            Ties = new TiePolicy(compilation, Types);
            serializedInterfaces = library.SerializedInterfaces;
            libraryTable = library.Table;
            configuredTable = new(() => libraryTable.With(configuration.Roles), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public KnownTypes Types { get; }

        /// <summary>What ties a relative URL or a Basic-auth string to Customer.io (decision 0003).</summary>
        public TiePolicy Ties { get; }

        /// <inheritdoc cref="RoleTable.Names"/>
        public CandidateNames Names => names ??= libraryTable.Names.With(configuration.Names);

        /// <summary>True when the project references a test framework (xunit, NUnit, MSTest): read on first need.</summary>
        public bool IsTestProject
        {
            get
            {
                if (testProject == 0)
                {
                    testProject = TestFrameworks.AreReferencedBy(compilation) ? 2 : 1;
                }

                return testProject == 2;
            }
        }

        /// <summary>The model of <paramref name="compilation"/>, built on first use and shared by every rule.</summary>
        public static CustomerIoModel For(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
            => Cache.GetValue(compilation, c => new CustomerIoModel(c, ApiConfiguration.Read(c, options, cancellationToken)));

        /// <summary>Lines of the project's CustomerIo.Api.txt files that could not be used.</summary>
        public ImmutableArray<ApiFileProblem> ConfigurationProblems => configuration.Problems;

        /// <summary>True when some client library or configured type has a Customer.io role in this compilation.</summary>
        public bool HasApiElements => libraryTable.Roles.Count > 0 || libraryTable.ReceiverRoles.Count > 0 || !configuration.Entries.IsEmpty;

        /// <summary>
        /// What a called method is to Customer.io. Calls whose name cannot matter leave after one string lookup; the
        /// others are classified once per method definition (looked up by object identity, a duplicate symbol object
        /// only costs classifying it again).
        /// </summary>
        public CallTarget TargetOf(IMethodSymbol method)
            => Names.MayBeCall(method) ? callTargets.GetOrAdd(method.OriginalDefinition, classifyCall) : CallTarget.None;

        /// <summary>What the constructor of an object creation is to Customer.io: its type's name is the first test.</summary>
        public CallTarget TargetOfConstructor(IMethodSymbol constructor)
            => Names.MayBeConstructor(constructor) ? callTargets.GetOrAdd(constructor.OriginalDefinition, classifyCall) : CallTarget.None;

        /// <summary>True when the type is a Customer.io client or a configured wrapper.</summary>
        public bool IsApiType(INamedTypeSymbol? type)
            => type is not null && TableFor(type).TypesWithRoles.Contains(type.OriginalDefinition);

        public ApiRole RoleOf(IParameterSymbol parameter)
            => TableFor(parameter.ContainingSymbol?.ContainingType).Roles.TryGetValue(parameter.OriginalDefinition, out var role) ? role : ApiRole.None;

        /// <summary>
        /// The role of a property, including a user type's implementation of a library interface property, and a base
        /// type's property whose role depends on <paramref name="receiver"/> (the type of the instance it is set on).
        /// </summary>
        public ApiRole RoleOf(IPropertySymbol property, ITypeSymbol? receiver = null)
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
            return role == ApiRole.None && MayBeSerializedDate(property) ? serializedDateRoles.GetOrAdd(property, serializedDateRole) : role;
        }

        /// <summary>
        /// The cheap test before a property without a role of its own is looked at as a date a library serialises: some
        /// library sends its users' types whole (<see cref="KnownSdks.Serializers"/>) and the property is a DateTime.
        /// </summary>
        public bool MayBeSerializedDate(IPropertySymbol property)
            => !serializedInterfaces.IsEmpty && !property.IsStatic && KnownTypes.IsDateTime(property.Type);

        /// <summary>
        /// How a library names the properties of <paramref name="type"/> when it is handed one: Unknown unless the type
        /// implements an interface the library sends whole.
        /// </summary>
        public JsonNaming NamingOfSerializedType(ITypeSymbol? type)
        {
            if (serializedInterfaces.IsEmpty || type is null || type.TypeKind == TypeKind.Interface)
            {
                return JsonNaming.Unknown;
            }

            foreach (var (candidate, _, naming) in serializedInterfaces)
            {
                if (type.AllInterfaces.Contains(candidate, SymbolEqualityComparer.Default))
                {
                    return naming;
                }
            }

            return JsonNaming.Unknown;
        }

        /// <summary>The role a library's serialiser gives every DateTime in the payloads of <paramref name="method"/> (its event data).</summary>
        public ApiRole DateRoleInPayloadOf(IMethodSymbol method)
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
        private ApiRole SerializedDateRole(IPropertySymbol property)
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

            foreach (var (candidate, dateRole, _) in serializedInterfaces)
            {
                if (property.ContainingType.AllInterfaces.Contains(candidate, SymbolEqualityComparer.Default))
                {
                    return dateRole;
                }
            }

            return ApiRole.None;
        }

        /// <summary>True for SDK types whose timestamps are ISO-8601 strings, never Unix seconds.</summary>
        public bool UsesIsoTimestamps(INamedTypeSymbol? type)
            => type is not null && library.IsIsoTimestampType(type.OriginalDefinition);

        private CallTarget ClassifyCall(IMethodSymbol method)
        {
            var type = method.ContainingType;
            if (IsApiType(type))
            {
                return CallTarget.ApiMember;
            }

            var sendsRequest = method.MethodKind == MethodKind.Constructor
                ? KnownTypes.Is(type, Types.HttpRequestMessage)
                : KnownTypes.Is(type, Types.HttpClient) || KnownTypes.Is(type, Types.HttpClientJsonExtensions);
            if (sendsRequest)
            {
                var urlOrdinal = KnownHttpApi.RequestUriOrdinal(method);
                return urlOrdinal >= 0 ? CallTarget.HttpRequest(urlOrdinal) : CallTarget.None;
            }

            return KnownTypes.Is(type, Types.Encoding) && method.Name == KnownTypes.EncodingGetBytes ? CallTarget.GetBytes : CallTarget.None;
        }

        /// <summary>The role for the receiver's type or its nearest base type that has one (a user's subclass of the options).</summary>
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
