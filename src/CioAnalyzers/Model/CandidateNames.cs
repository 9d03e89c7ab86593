using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Model
{
    /// <summary>
    /// The names a member must have to carry a Customer.io value: the members with roles, the raw-HTTP surface and
    /// Encoding.GetBytes. One string lookup turns away most calls and assignments before any symbol comparison.
    /// </summary>
    internal sealed class CandidateNames
    {
        private readonly HashSet<string> methods = new(StringComparer.Ordinal) { "GetBytes" };
        private readonly HashSet<string> constructedTypes = new(StringComparer.Ordinal);
        private readonly HashSet<string> properties = new(StringComparer.Ordinal);
        private readonly HashSet<string> callerTypes = new(StringComparer.Ordinal);

        public CandidateNames(IEnumerable<ISymbol> symbolsWithRoles, KnownTypes types)
        {
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

            // The raw-HTTP surface is recognised by its type's name: listing its members would load them all.
            foreach (var type in new[] { types.HttpClient, types.HttpClientJsonExtensions })
            {
                if (type is not null)
                {
                    callerTypes.Add(type.Name);
                }
            }

            if (types.HttpRequestMessage is { } message)
            {
                constructedTypes.Add(message.Name);
            }
        }

        public bool MayBeCall(IMethodSymbol method)
            => method.MethodKind == MethodKind.Constructor
                ? constructedTypes.Contains(method.ContainingType.Name)
                : methods.Contains(method.Name) || callerTypes.Contains(method.ContainingType.Name);

        public bool MayBeProperty(IPropertySymbol property) => properties.Contains(property.Name);

        private void Add(IMethodSymbol method)
        {
            if (method.MethodKind == MethodKind.Constructor)
            {
                constructedTypes.Add(method.ContainingType.Name);
            }
            else
            {
                methods.Add(method.Name);
            }
        }
    }
}
