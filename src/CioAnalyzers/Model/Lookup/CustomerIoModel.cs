using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using CioAnalyzers.Model.Configuration;
using CioAnalyzers.Model.Settings;
using CioAnalyzers.Model.Ties;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// Everything the analyzers know about Customer.io in one compilation, built once per compilation and shared by
    /// every rule. Each question is answered by the part that owns it: roles (<see cref="RoleLookup"/>), calls
    /// (<see cref="CallClassifier"/>), the libraries' serialisers (<see cref="SerializedTypes"/>), ties (<see cref="TiePolicy"/>).
    /// </summary>
    internal sealed class CustomerIoModel
    {
        private static readonly ConditionalWeakTable<Compilation, CustomerIoModel> Cache = new();

        private readonly Compilation compilation;
        private readonly ApiConfiguration configuration;
        private readonly RoleLookup roles;
        private readonly CallClassifier calls;
        private readonly SerializedTypes serializedTypes;

        private CustomerIoModel(Compilation compilation, ApiConfiguration configuration, ProjectSettings settings)
        {
            this.compilation = compilation;
            this.configuration = configuration;
            Settings = settings;
            Options = new OptionsBindings(compilation);
            ConfiguredHosts = ConfiguredHosts.From(settings, Options);
            var library = SharedLibrarySymbols.For(compilation);
            Types = library.Types;
            IsTestProject = library.IsTestProject;
            Ties = new TiePolicy(compilation, Types, ConfiguredHosts);
            serializedTypes = new SerializedTypes(library.SerializedInterfaces);
            roles = new RoleLookup(library.Table, configuration, serializedTypes);
            calls = new CallClassifier(roles, Types);
        }

        public KnownTypes Types { get; }

        /// <summary>The project's configuration files (appsettings*.json, Web.config...).</summary>
        public ProjectSettings Settings { get; }

        /// <summary>The options classes the source binds to configuration sections, found on first need.</summary>
        public OptionsBindings Options { get; }

        /// <summary>The settings whose configured value is a Customer.io URL, and the strings that read them.</summary>
        public ConfiguredHosts ConfiguredHosts { get; }

        /// <summary>What ties a relative URL or a Basic-auth string to Customer.io (decision 0003).</summary>
        public TiePolicy Ties { get; }

        /// <inheritdoc cref="RoleTable.Names"/>
        public CandidateNames Names => roles.Names;

        /// <summary>
        /// True when the project references a test framework (xunit, NUnit, MSTest): read with the libraries, once for the
        /// compilations that share their references.
        /// </summary>
        public bool IsTestProject { get; }

        /// <summary>The model of <paramref name="compilation"/>, built on first use and shared by every rule.</summary>
        public static CustomerIoModel For(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
            => Cache.GetValue(compilation, c => new CustomerIoModel(c, ApiConfiguration.Read(c, options, cancellationToken), ProjectSettings.Read(options, cancellationToken)));

        /// <summary>
        /// True when something in the project can reach Customer.io: a client library, a configured wrapper, a Customer.io
        /// host in the source or in a configuration file. Otherwise no operation needs a look.
        /// </summary>
        public bool MayReachCustomerIo(CancellationToken cancellationToken)
            => HasApiElements || !ConfiguredHosts.IsEmpty || HostText.AnySourceMentionsHost(compilation, cancellationToken);

        /// <summary>Lines of the project's CustomerIo.Api.txt files that could not be used.</summary>
        public ImmutableArray<ApiFileProblem> ConfigurationProblems => configuration.Problems;

        /// <inheritdoc cref="RoleLookup.HasApiElements"/>
        public bool HasApiElements => roles.HasApiElements;

        /// <inheritdoc cref="CallClassifier.TargetOf"/>
        public CallTarget TargetOf(IMethodSymbol method) => calls.TargetOf(method);

        /// <inheritdoc cref="CallClassifier.TargetOfConstructor"/>
        public CallTarget TargetOfConstructor(IMethodSymbol constructor) => calls.TargetOfConstructor(constructor);

        /// <inheritdoc cref="RoleLookup.IsApiType"/>
        public bool IsApiType(INamedTypeSymbol? type) => roles.IsApiType(type);

        /// <inheritdoc cref="RoleLookup.RoleOf(IParameterSymbol)"/>
        public ApiRole RoleOf(IParameterSymbol parameter) => roles.RoleOf(parameter);

        /// <inheritdoc cref="RoleLookup.RoleOf(IPropertySymbol, ITypeSymbol?)"/>
        public ApiRole RoleOf(IPropertySymbol property, ITypeSymbol? receiver = null) => roles.RoleOf(property, receiver);

        /// <inheritdoc cref="SerializedTypes.MayBeDate"/>
        public bool MayBeSerializedDate(IPropertySymbol property) => serializedTypes.MayBeDate(property);

        /// <inheritdoc cref="SerializedTypes.NamingOf"/>
        public JsonNaming NamingOfSerializedType(ITypeSymbol? type) => serializedTypes.NamingOf(type);

        /// <inheritdoc cref="SerializedTypes.DateRoleInPayloadOf"/>
        public ApiRole DateRoleInPayloadOf(IMethodSymbol method) => SerializedTypes.DateRoleInPayloadOf(method);
    }
}
