namespace CioAnalyzers.Model
{
    /// <summary>
    /// One API element of a Customer.io client library: a constructor or method parameter, or a property.
    /// Types are found by namespace and name; <see cref="IncludeSubNamespaces"/> covers libraries whose
    /// model types live in sub-namespaces that vary between versions.
    /// </summary>
    internal sealed class SdkElement
    {
        public const string Constructor = ".ctor";

        public SdkElement(string @namespace, string typeName, string member, string? parameter, ApiRole role, bool includeSubNamespaces = false, string? unlessParameter = null)
        {
            UnlessParameter = unlessParameter;
            Namespace = @namespace;
            TypeName = typeName;
            Member = member;
            Parameter = parameter;
            Role = role;
            IncludeSubNamespaces = includeSubNamespaces;
        }

        public string Namespace { get; }

        public string TypeName { get; }

        /// <summary>Method or property name, or <see cref="Constructor"/>.</summary>
        public string Member { get; }

        /// <summary>The parameter name, or null when <see cref="Member"/> is a property.</summary>
        public string? Parameter { get; }

        public ApiRole Role { get; }

        public bool IncludeSubNamespaces { get; }

        /// <summary>The element holds only in overloads without a parameter of this name (null: in every overload).</summary>
        public string? UnlessParameter { get; }
    }
}
