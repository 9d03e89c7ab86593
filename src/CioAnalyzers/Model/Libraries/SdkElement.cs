namespace CioAnalyzers.Model
{
    /// <summary>
    /// One API element of a Customer.io client library: a constructor or method parameter, or a property.
    /// Types are found by namespace and name; <paramref name="IncludeSubNamespaces"/> covers libraries whose
    /// model types live in sub-namespaces that vary between versions.
    /// </summary>
    /// <param name="Namespace">The library's namespace.</param>
    /// <param name="TypeName">The type's simple name.</param>
    /// <param name="Member">Method or property name, or <see cref="Constructor"/>.</param>
    /// <param name="Parameter">The parameter name, or null when <paramref name="Member"/> is a property.</param>
    /// <param name="Role">The role the element gives what it is handed.</param>
    /// <param name="IncludeSubNamespaces">The type may live in any namespace under <paramref name="Namespace"/>.</param>
    /// <param name="UnlessParameter">The element holds only in overloads without a parameter of this name (null: in every overload).</param>
    internal sealed record SdkElement(string Namespace, string TypeName, string Member, string? Parameter, ApiRole Role,
        bool IncludeSubNamespaces = false, string? UnlessParameter = null)
    {
        public const string Constructor = ".ctor";
    }
}
