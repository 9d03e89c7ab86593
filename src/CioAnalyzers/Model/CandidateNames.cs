using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// The names a member must have to carry a Customer.io value: the members with roles, the HTTP methods that take a
    /// request URI, RestSharp's sends and authenticators, and Encoding.GetBytes. One string lookup on the called method's own name turns away most calls and
    /// assignments before the containing type or any other symbol is read.
    /// </summary>
    internal sealed class CandidateNames
    {
        private readonly NameSet methods = new();
        private readonly NameSet constructedTypes = new();
        private readonly NameSet properties = new();

        // The names of a project's wrapper file, next to the libraries' shared sets (null without one).
        private readonly Configuration.ConfiguredNames? configured;

        public CandidateNames(IEnumerable<ISymbol> symbolsWithRoles, KnownTypes types)
        {
            methods.Add(KnownTypes.EncodingGetBytes);
            foreach (var name in AuthorizationSchemes.HeaderWriteMethods)
            {
                methods.Add(name);
            }

            properties.Add(AuthorizationSchemes.HeaderName);
            foreach (var symbol in symbolsWithRoles)
            {
                switch (symbol)
                {
                    case IPropertySymbol property:
                        properties.Add(property.Name);
                        break;
                    case IParameterSymbol { ContainingSymbol: IMethodSymbol method }:
                        Add(method);
                        break;
                }
            }

            // HttpClient and its JSON extensions: the methods with a request URI, listed once per compilation (the
            // members of a referenced assembly are loaded once and shared by later compilations).
            foreach (var type in new[] { types.HttpClient, types.HttpClientJsonExtensions })
            {
                foreach (var member in type?.GetMembers() ?? ImmutableArray<ISymbol>.Empty)
                {
                    if (member is IMethodSymbol method && KnownHttpApi.RequestUriOrdinal(method) >= 0)
                    {
                        methods.Add(method.Name);
                    }
                }
            }

            foreach (var constructor in types.HttpRequestMessage?.InstanceConstructors ?? ImmutableArray<IMethodSymbol>.Empty)
            {
                Add(constructor);
            }

            // RestSharp: the methods that send a request, and the authenticators that take credentials.
            foreach (var type in types.RestSharp.ClientTypes)
            {
                foreach (var member in type?.GetMembers() ?? ImmutableArray<ISymbol>.Empty)
                {
                    if (member is IMethodSymbol method && types.RestSharp.IsSend(method))
                    {
                        methods.Add(method.Name);
                    }
                }
            }

            foreach (var authenticator in new[] { types.RestSharp.BasicAuthenticator, types.RestSharp.JwtAuthenticator })
            {
                foreach (var constructor in authenticator?.InstanceConstructors ?? ImmutableArray<IMethodSymbol>.Empty)
                {
                    Add(constructor);
                }
            }
        }

        private CandidateNames(CandidateNames libraries, Configuration.ConfiguredNames configured)
        {
            methods = libraries.methods;
            constructedTypes = libraries.constructedTypes;
            properties = libraries.properties;
            this.configured = configured;
        }

        /// <summary>These names and those of a wrapper file; these when the file names nothing.</summary>
        public CandidateNames With(Configuration.ConfiguredNames names) => names.IsEmpty ? this : new CandidateNames(this, names);

        /// <summary>A constructor called as <c>base(...)</c> or <c>this(...)</c> is named <c>.ctor</c> and tested on its type.</summary>
        public bool MayBeCall(IMethodSymbol method)
            => (methods.Contains(method.Name) || (configured?.Methods.Contains(method.Name) ?? false))
               && (method.MethodKind != MethodKind.Constructor || MayBeConstructor(method));

        public bool MayBeConstructor(IMethodSymbol constructor)
            => constructedTypes.Contains(constructor.ContainingType.Name)
               || (configured is not null && configured.Methods.Contains(".ctor") && configured.Types.Contains(constructor.ContainingType.Name));

        public bool MayBeProperty(IPropertySymbol property)
            => properties.Contains(property.Name) || (configured?.Properties.Contains(property.Name) ?? false);

        /// <summary>
        /// A name written in source that may be a member with a role or a type constructed with one: a test on syntax
        /// alone, before a body is bound (an inferred wrapper's body must name one to send anything itself).
        /// </summary>
        public bool MayBeWritten(string name)
            => methods.Contains(name) || constructedTypes.Contains(name) || properties.Contains(name)
               || (configured is not null && (configured.Methods.Contains(name) || configured.Types.Contains(name) || configured.Properties.Contains(name)));

        /// <summary>Every constructor is named <c>.ctor</c>: for those, the type's name is the test.</summary>
        private void Add(IMethodSymbol method)
        {
            methods.Add(method.Name);
            if (method.MethodKind == MethodKind.Constructor)
            {
                constructedTypes.Add(method.ContainingType.Name);
            }
        }
    }
}
