using Microsoft.CodeAnalysis;

namespace CioAnalyzers.Analysis
{
    /// <summary>
    /// Whether the compilation holds every construction and implementation of a type: true for an application, and
    /// for a type no other assembly can see; a library's public type may be built or implemented by its users.
    /// </summary>
    internal static class ClosedWorld
    {
        public static bool Holds(INamedTypeSymbol type, Compilation compilation)
        {
            if (compilation.Options.OutputKind is not (OutputKind.DynamicallyLinkedLibrary or OutputKind.NetModule))
            {
                return true;
            }

            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (current.DeclaredAccessibility is Accessibility.Private or Accessibility.Internal
                    or Accessibility.ProtectedAndInternal)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
